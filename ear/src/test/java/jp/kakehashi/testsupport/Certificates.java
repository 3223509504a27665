package jp.kakehashi.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server certificate made for one test run (the JDK's keytool): PKCS#12, CN and SAN localhost, two days. */
public final class Certificates {

    private Certificates() {
    }

    public static void selfSigned(Path keystore, String password) {
        try {
            Files.deleteIfExists(keystore);
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "default", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", password, "-keypass", password)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (keytool.waitFor() != 0) {
                throw new AssertionError("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
