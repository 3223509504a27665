package jp.kakehashi.sandbox.pay.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;

/**
 * The demo merchant's RSA key pair: generated at first start as {@code private-key.pem} (PKCS#8) and
 * {@code public-key.pem} in the given folder, read back on later starts. Kakehashi's configuration points at the
 * private key file, exactly as it would point at the key downloaded from Seller Central.
 */
public final class DemoKeyPair {

    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";

    private DemoKeyPair() {}

    public static synchronized KeyPair loadOrCreate(Path folder) {
        try {
            Files.createDirectories(folder);
            Path privateKeyFile = folder.resolve(PRIVATE_KEY_FILE);
            Path publicKeyFile = folder.resolve(PUBLIC_KEY_FILE);
            KeyPair pair;
            if (Files.exists(privateKeyFile)) {
                PrivateKey privateKey =
                        PemKeys.readPrivateKey(Files.readString(privateKeyFile, StandardCharsets.US_ASCII));
                pair = new KeyPair(PemKeys.publicKeyOf(privateKey), privateKey);
            } else {
                pair = generate();
                write(privateKeyFile, PemKeys.privateKeyPem(pair.getPrivate()), true);
            }
            // The public key is derived, so it is rewritten whenever it is missing
            if (!Files.exists(publicKeyFile)) {
                write(publicKeyFile, PemKeys.publicKeyPem(pair.getPublic()), false);
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo Amazon Pay key pair in " + folder, e);
        }
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

    /** Writes beside the target then moves, so that a crash never leaves half a key behind. */
    private static void write(Path target, String text, boolean secret) throws IOException {
        Path temporary =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (secret) {
                restrictToOwner(temporary);
            }
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions apply
        }
    }
}
