package jp.kakehashi.sandbox.pay.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.sandbox.pay.PayConfig;
import jp.kakehashi.sandbox.pay.signature.PublicKeyRegistry;

/**
 * The merchant public keys registered with the sandbox: the generated demo key (under
 * {@code sandbox.pay.demo-key.public-key-id}) and any {@code id=path} pairs of {@code sandbox.pay.public-keys}.
 */
@ApplicationScoped
public class MerchantKeys implements PublicKeyRegistry {

    private static final Logger LOG = Logger.getLogger(MerchantKeys.class.getName());

    @Inject
    PayConfig config;

    private volatile Map<String, RegisteredKey> keys = Map.of();
    private volatile KeyPair demoKeyPair;

    /** Generates the demo key pair at start, so that its file exists before anyone asks for Amazon Pay. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        keys();
    }

    @PostConstruct
    void load() {
        Map<String, RegisteredKey> loaded = new LinkedHashMap<>();
        demoKeyPair = DemoKeyPair.loadOrCreate(config.payDir());
        loaded.put(
                config.demoPublicKeyId(),
                new RegisteredKey(
                        config.demoPublicKeyId(),
                        demoKeyPair.getPublic(),
                        "generated demo key: " + config.payDir().resolve(DemoKeyPair.PRIVATE_KEY_FILE)));
        config.publicKeys()
                .ifPresent(pairs -> parsePairs(pairs).forEach((id, path) -> {
                    try {
                        PublicKey key =
                                PemKeys.readPublicKey(Files.readString(Path.of(path), StandardCharsets.US_ASCII));
                        loaded.put(id, new RegisteredKey(id, key, path));
                    } catch (IOException | RuntimeException e) {
                        LOG.log(
                                Level.WARNING,
                                "Amazon Pay sandbox: public key " + id + " from " + path + " not registered: "
                                        + e.getMessage());
                    }
                }));
        keys = Map.copyOf(loaded);
        LOG.info(() -> "Amazon Pay sandbox: merchant public keys " + keys.keySet() + "; demo private key "
                + config.payDir().resolve(DemoKeyPair.PRIVATE_KEY_FILE));
    }

    /** {@code id=path, id2=path2}: blanks around entries are ignored; an entry without '=' is an error. */
    static Map<String, String> parsePairs(String pairs) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String entry : pairs.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "sandbox.pay.public-keys: expected id=path, got '" + entry.trim() + "'");
            }
            parsed.put(
                    entry.substring(0, equals).trim(),
                    entry.substring(equals + 1).trim());
        }
        return parsed;
    }

    @Override
    public Optional<PublicKey> find(String publicKeyId) {
        return Optional.ofNullable(keys.get(publicKeyId)).map(RegisteredKey::publicKey);
    }

    @Override
    public List<RegisteredKey> keys() {
        return new ArrayList<>(keys.values());
    }

    /** Only the sandbox's own pages sign with it (the console's "try sign in" button). */
    public PrivateKey demoPrivateKey() {
        return demoKeyPair.getPrivate();
    }

    public String demoPublicKeyId() {
        return config.demoPublicKeyId();
    }
}
