package jp.kakehashi.sandbox.lwa;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.kakehashi.sandbox.lwa.token.AuthorizationCodes;
import jp.kakehashi.sandbox.lwa.token.IssuedTokens;
import jp.kakehashi.sandbox.lwa.token.TokenGrants;

/** The LWA sandbox's beans wired by hand over a temporary folder and a clock the test moves. */
public final class LwaFixture {

    public static final String DEMO_CLIENT_ID = "amzn1.application-oa2-client.kakehashi-demo";

    public final MutableClock clock = new MutableClock();
    public final LwaSandboxConfig config;
    public final LwaClients clients;
    public final DeviceModels models;
    public final PreRegisteredDevices devices;
    public final IssuedTokens tokens;
    public final AuthorizationCodes codes;
    public final TokenGrants grants;

    public LwaFixture(Path sandboxDir) {
        config = new LwaSandboxConfig(
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                DEMO_CLIENT_ID,
                List.of("http://localhost", "https://localhost"),
                sandboxDir.toString());
        clients = new LwaClients(config);
        models = new DeviceModels(config);
        devices = new PreRegisteredDevices(models, clock);
        tokens = new IssuedTokens(config::accessTokenLifetime, clock);
        codes = new AuthorizationCodes(config::authorizationCodeLifetime, clock);
        grants = new TokenGrants(clients, models, devices, tokens, codes);
    }

    public String demoSecret() {
        return DemoClientSecretFile.loadOrCreate(config.lwaDir(), DEMO_CLIENT_ID);
    }
}
