package jp.kakehashi.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import jp.kakehashi.drs.application.DeviceRecords;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.Registration;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import jp.kakehashi.member.fixture.MemberFeatureAlone;
import jp.kakehashi.shared.crypto.TokenCipher;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Device tokens at rest: sealed with AES-GCM under the configured key, unreadable in the database without it. */
@ExtendWith(ArquillianExtension.class)
class DeviceTokensArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return TestArchives.war("device-tokens-it.war")
                .addPackages(
                        false,
                        "jp.kakehashi.drs.domain",
                        "jp.kakehashi.member.domain",
                        "jp.kakehashi.member.application",
                        "jp.kakehashi.shared.crypto",
                        "jp.kakehashi.shared.activity")
                .addClasses(
                        MemberFeatureAlone.class,
                        DeviceRecords.class,
                        jp.kakehashi.drs.application.DefaultDeviceRecords.class,
                        jp.kakehashi.drs.application.TokenCounts.class,
                        jp.kakehashi.drs.application.DeviceNotClaimableException.class,
                        jp.kakehashi.drs.application.LoginWithAmazonNotConfiguredException.class,
                        jp.kakehashi.drs.application.DrsNotificationService.class,
                        jp.kakehashi.drs.application.DefaultDrsNotificationService.class,
                        jp.kakehashi.drs.application.ReplenishmentOrders.class,
                        jp.kakehashi.drs.application.DeviceSubscriptions.class,
                        jp.kakehashi.drs.application.DeviceRepository.class,
                        jp.kakehashi.drs.application.DashReplenishmentService.class,
                        jp.kakehashi.drs.application.LoginWithAmazonConfiguration.class,
                        jp.kakehashi.drs.application.TokenSealing.class,
                        jp.kakehashi.drs.infrastructure.DeviceTokenVault.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties");
    }

    @Inject
    private DeviceRecords setups;

    @Inject
    private MemberService members;

    @Resource(lookup = "jdbc/kakehashi")
    private DataSource dataSource;

    /** What anyone with access to the database sees. */
    private Object[] sealedRow(long deviceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT sealed_tokens, key_id FROM device_tokens WHERE device_id = ?")) {
            query.setLong(1, deviceId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new Object[] {rows.getString(1), rows.getString(2)};
            }
        }
    }

    @Test
    void tokensAreSealedAndOnlyTheKeyOpensThem() throws SQLException {
        // A member by Amazon, with the address Amazon gave: one who exists at once, without a mailed link
        String email = "tokens-" + UUID.randomUUID() + "@example.jp";
        Member member = members.register(new Registration(
                        email,
                        "a long enough password".toCharArray(),
                        "トークン 確認",
                        null,
                        new PostalAddress(null, "100-0001", Prefecture.TOKYO, "千代田区千代田1-1", null, null),
                        null,
                        "amzn1.account.IT" + UUID.randomUUID(),
                        email,
                        java.util.Locale.JAPANESE))
                .member()
                .orElseThrow();
        String secret = UUID.randomUUID().toString();
        TokenGrant grant = new TokenGrant(
                "Atza|access-" + secret,
                "Atzr|refresh-" + secret,
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS));
        String serial = "KCF01-" + (10_000_000 + new SecureRandom().nextInt(89_999_999));

        Device device = setups.recordSetUp(
                new DeviceClaimant(member.getId(), null),
                "KAKEHASHI_COFFEE_01",
                serial,
                grant,
                DeviceTokens.ObtainedBy.PRE_REGISTRATION);

        Object[] row = sealedRow(device.getId());
        String sealed = (String) row[0];
        assertFalse(sealed.contains(secret) || sealed.contains("Atza|") || sealed.contains("Atzr|"), sealed);
        assertTrue(sealed.startsWith(row[1] + ":"));
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        assertThrows(
                IllegalArgumentException.class,
                () -> new TokenCipher(Map.of((String) row[1], otherKey), (String) row[1])
                        .decrypt(sealed, "drs-device-tokens:" + device.getId()));

        assertEquals(grant, setups.openTokens(device.getId()));
        assertEquals(
                grant.accessTokenExpiresAt().minus(10, ChronoUnit.MINUTES),
                setups.tokensOf(device.getId()).orElseThrow().getRefreshDueAt());
    }
}
