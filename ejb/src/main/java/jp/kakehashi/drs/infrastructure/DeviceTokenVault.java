package jp.kakehashi.drs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import jp.kakehashi.drs.application.TokenSealing;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.shared.crypto.TokenCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals and opens a device's tokens with AES-GCM. Keys come from configuration: {@code drs.token-keys}
 * ({@code id:base64,...}) with {@code drs.token-key-id} naming the current one, or a key file
 * ({@code drs.token-key-file}, properties {@code current=id} and {@code id=base64}). Only the demo profile lets
 * Kakehashi generate that file at first use ({@code drs.token-key-file.generate}).
 */
@ApplicationScoped
public class DeviceTokenVault implements TokenSealing {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "drs.token-keys")
    Optional<String> keys;

    @Inject
    @ConfigProperty(name = "drs.token-key-id")
    Optional<String> currentKeyId;

    @Inject
    @ConfigProperty(name = "drs.token-key-file")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "drs.token-key-file.generate")
    boolean generateKeyFile;

    private volatile TokenCipher cipher;

    @Override
    public String seal(long deviceId, TokenGrant grant) {
        String json = JSON.createObjectBuilder()
                .add("access_token", grant.accessToken())
                .add("refresh_token", grant.refreshToken())
                .add("expires_at", grant.accessTokenExpiresAt().toString())
                .build()
                .toString();
        return cipher().encrypt(json, purpose(deviceId));
    }

    @Override
    public TokenGrant open(long deviceId, String sealed) {
        JsonObject json = JSON.createReader(new StringReader(cipher().decrypt(sealed, purpose(deviceId))))
                .readObject();
        return new TokenGrant(
                json.getString("access_token"),
                json.getString("refresh_token"),
                Instant.parse(json.getString("expires_at")));
    }

    @Override
    public String currentKeyId() {
        return cipher().currentKeyId();
    }

    private static String purpose(long deviceId) {
        return "drs-device-tokens:" + deviceId;
    }

    private TokenCipher cipher() {
        TokenCipher current = cipher;
        if (current == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = load();
                }
                current = cipher;
            }
        }
        return current;
    }

    private TokenCipher load() {
        Map<String, byte[]> configured = new LinkedHashMap<>();
        String current = null;
        if (keys.filter(value -> !value.isBlank()).isPresent()) {
            for (String entry : keys.get().split(",")) {
                String[] idAndKey = entry.strip().split(":", 2);
                if (idAndKey.length != 2) {
                    throw new IllegalStateException("drs.token-keys must be id:base64 pairs");
                }
                configured.put(idAndKey[0], Base64.getDecoder().decode(idAndKey[1]));
                current = idAndKey[0];
            }
            current = currentKeyId.filter(id -> !id.isBlank()).orElse(current);
        } else {
            Path file = Path.of(keyFile.filter(path -> !path.isBlank())
                    .orElseThrow(() ->
                            new IllegalStateException("Neither drs.token-keys nor drs.token-key-file is configured")));
            Properties properties = read(file);
            properties.stringPropertyNames().stream()
                    .filter(name -> !name.equals("current"))
                    .forEach(name -> configured.put(name, Base64.getDecoder().decode(properties.getProperty(name))));
            current = properties.getProperty("current");
        }
        return new TokenCipher(configured, current);
    }

    private Properties read(Path file) {
        if (!Files.exists(file) && generateKeyFile) {
            generate(file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token key file " + file, e);
        }
        return properties;
    }

    private static synchronized void generate(Path file) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String id = "demo-" + Long.toHexString(System.currentTimeMillis());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(
                    file.getParent(),
                    "token-keys",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                writer.write("# Generated by Kakehashi for the demo profile: the AES-256 key that seals DRS tokens.\n");
                writer.write(
                        "current=" + id + "\n" + id + "=" + Base64.getEncoder().encodeToString(key) + "\n");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the token key file " + file, e);
        }
    }
}
