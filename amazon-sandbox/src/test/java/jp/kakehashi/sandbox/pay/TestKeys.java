package jp.kakehashi.sandbox.pay;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakehashi.sandbox.pay.signature.PublicKeyRegistry;

/** RSA key pairs for tests, generated once per JVM (generation is the slow part), and a registry over them. */
public final class TestKeys {

    public static final KeyPair MERCHANT = generate();
    public static final KeyPair STRANGER = generate();

    private TestKeys() {}

    public static PublicKeyRegistry registry(Map<String, PublicKey> keys) {
        return new PublicKeyRegistry() {
            @Override
            public Optional<PublicKey> find(String publicKeyId) {
                return Optional.ofNullable(keys.get(publicKeyId));
            }

            @Override
            public List<RegisteredKey> keys() {
                return keys.entrySet().stream()
                        .map(entry -> new RegisteredKey(entry.getKey(), entry.getValue(), "test"))
                        .toList();
            }
        };
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
