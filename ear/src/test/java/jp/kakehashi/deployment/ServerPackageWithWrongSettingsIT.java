package jp.kakehashi.deployment;

import static jp.kakehashi.deployment.UnzippedServerPackage.SECURITY_HEADERS;
import static jp.kakehashi.deployment.UnzippedServerPackage.assertNoInternals;
import static jp.kakehashi.deployment.UnzippedServerPackage.linesNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kakehashi.testsupport.LocalPostgres;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployable server package, unzipped anywhere and started with only a JDK and settings from the environment
 * ({@link UnzippedServerPackage}), the production profile against PostgreSQL, with settings missing, placeholders or
 * malformed: production refuses them. One start with several wrong settings proves what one start per setting would:
 * the check reports every problem, not only the first (ProductionSettingsRulesTest shows each rule on its own). The
 * server never reports ready, its health answer names nothing but the server log, its error pages carry every security
 * header and name nothing internal, and the log has exactly one line per problem naming the setting both ways, never a
 * secret's value. {@link ServerPackageIT} starts the package with every setting. Its server is its own (the test
 * server is never touched), so it runs in the side lane, beside the other ITs.
 */
@OnServersOfItsOwn
class ServerPackageWithWrongSettingsIT {

    private UnzippedServerPackage serverPackage;

    @BeforeEach
    void unzipThePackage() throws Exception {
        serverPackage = new UnzippedServerPackage();
    }

    @Test
    void aStartWithSettingsMissingOrWrongIsNeverReadyAndItsLogNamesEach() throws Exception {
        boolean preparedTransactionsAllowed = LocalPostgres.preparedTransactionsAllowed();
        String mailPassword = "changeme-" + UUID.randomUUID();
        Map<String, String> incomplete = serverPackage.completeSettings();
        incomplete.remove("AMAZON_PAY_STORE_ID");
        incomplete.put("DRS_TOKEN_KEYS", "k1:change-me");
        incomplete.put("KAKEHASHI_MAIL_PASSWORD", mailPassword);
        incomplete.put("LWA_CLIENT_SECRET", "TODO");
        incomplete.put("KAKEHASHI_PUBLIC_URL", "http://shop.kakehashi-package-it.jp");
        incomplete.put("LOGIN_WITH_AMAZON_MP_REST_URL", "http://api.amazon.com");
        incomplete.put("SNS_TOPIC_ARNS", "");
        // The test servers' work factor, never production's
        incomplete.put("MEMBER_PASSWORD_HASH_ITERATIONS", "1024");
        serverPackage.start(incomplete);

        HttpResponse<String> notReady = serverPackage.awaitReadinessChecked();
        assertEquals(503, notReady.statusCode(), notReady.body());
        assertTrue(
                notReady.body().contains("\"reason\":\"configuration incomplete: see the server log\""),
                notReady.body());
        for (String detail :
                List.of("kakehashi-package-it", "127.0.0.1", "postgres", "amazon", "Exception", mailPassword)) {
            assertTrue(!notReady.body().contains(detail), "the health answer shows " + detail + ": " + notReady.body());
        }

        // The login page without a store id: an error page, with every header, naming nothing internal
        HttpResponse<String> login = serverPackage.get("/shop/login.xhtml");
        assertEquals(500, login.statusCode());
        SECURITY_HEADERS.forEach(header -> assertTrue(
                login.headers().firstValue(header).isPresent(),
                "the error answer lacks " + header + ": " + login.headers().map()));
        assertNoInternals(login.body());

        String log = serverPackage.messagesLog();
        Map<String, String> named = new LinkedHashMap<>();
        named.put("amazon-pay.store-id", "AMAZON_PAY_STORE_ID");
        named.put("drs.token-keys", "DRS_TOKEN_KEYS");
        named.put("kakehashi.mail.password", "KAKEHASHI_MAIL_PASSWORD");
        named.put("lwa.client-secret", "LWA_CLIENT_SECRET");
        named.put("kakehashi.public-url", "KAKEHASHI_PUBLIC_URL");
        named.put("login-with-amazon/mp-rest/url", "LOGIN_WITH_AMAZON_MP_REST_URL");
        named.put("sns.topic-arns", "SNS_TOPIC_ARNS");
        named.put("member.password.hash-iterations", "MEMBER_PASSWORD_HASH_ITERATIONS");
        named.forEach((setting, variable) -> assertEquals(
                1,
                linesNaming(log, "Production setting " + setting + " (environment variable " + variable + ")"),
                "one log line names " + setting + ":\n" + log));
        assertEquals(
                named.size() + (preparedTransactionsAllowed ? 0 : 1),
                linesNaming(log, "Production setting "),
                "one line per problem, none for a setting that is right");
        for (String secret : List.of(mailPassword, "k1:change-me")) {
            assertTrue(!log.contains(secret), "the log shows a secret's value");
        }
    }

    @AfterEach
    void removeThePackage() throws Exception {
        if (serverPackage != null) {
            serverPackage.close();
        }
    }
}
