package jp.kakehashi.sandbox.lwa;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Kakehashi's demo LWA client secret: generated at first start, kept in {@code <dir>/demo-client.properties}
 * ({@code client_id}, {@code client_secret}), reused at later starts. Kakehashi's configuration reads it from there.
 */
public final class DemoClientSecretFile {

    public static final String FILE_NAME = "demo-client.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoClientSecretFile() {}

    /** The secret kept for this client id, generating and saving a new one when there is none (or it is for another id). */
    public static synchronized String loadOrCreate(Path dir, String clientId) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                Properties kept = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    kept.load(reader);
                }
                String secret = kept.getProperty("client_secret", "");
                if (clientId.equals(kept.getProperty("client_id")) && !secret.isBlank()) {
                    return secret;
                }
            }
            String secret = generate();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "demo-client", ".tmp");
            ownerOnly(temporary);
            Properties created = new Properties();
            created.setProperty("client_id", clientId);
            created.setProperty("client_secret", secret);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                created.store(writer, "Login with Amazon sandbox: Kakehashi's demo client. Generated; never commit.");
            }
            Files.move(
                    temporary,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the LWA demo client secret in " + file, e);
        }
    }

    /** 64 hex characters, the shape of a real LWA client secret. */
    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        StringBuilder hex = new StringBuilder(64);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own protection applies.
        }
    }
}
