package jp.kakehashi.sandbox.pay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Amazon Pay sandbox's settings ({@code sandbox.pay.*}); defaults in microprofile-config.properties. */
@ApplicationScoped
public class PayConfig {

    @Inject
    @ConfigProperty(name = "kakehashi.sandbox.dir")
    String sandboxDir;

    @Inject
    @ConfigProperty(name = "sandbox.pay.demo-key.public-key-id")
    String demoPublicKeyId;

    @Inject
    @ConfigProperty(name = "sandbox.pay.public-keys")
    Optional<String> publicKeys;

    @Inject
    @ConfigProperty(name = "sandbox.pay.merchant-id")
    String merchantId;

    @Inject
    @ConfigProperty(name = "sandbox.pay.store-id")
    String storeId;

    @Inject
    @ConfigProperty(name = "sandbox.pay.buyer-token-lifetime")
    Duration buyerTokenLifetime;

    @Inject
    @ConfigProperty(name = "sandbox.pay.max-clock-skew")
    Duration maxClockSkew;

    @Inject
    @ConfigProperty(name = "sandbox.pay.sign-in-lifetime")
    Duration signInLifetime;

    /** Where the generated demo key pair lives: {@code ${kakehashi.sandbox.dir}/pay}. */
    public Path payDir() {
        return Path.of(sandboxDir, "pay");
    }

    public String demoPublicKeyId() {
        return demoPublicKeyId;
    }

    /** Extra merchant keys: {@code id=/path/to/public-key.pem} pairs separated by commas. */
    public Optional<String> publicKeys() {
        return publicKeys;
    }

    public String merchantId() {
        return merchantId;
    }

    public String storeId() {
        return storeId;
    }

    public Duration buyerTokenLifetime() {
        return buyerTokenLifetime;
    }

    public Duration maxClockSkew() {
        return maxClockSkew;
    }

    public Duration signInLifetime() {
        return signInLifetime;
    }
}
