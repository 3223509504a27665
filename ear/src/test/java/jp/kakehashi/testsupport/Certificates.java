package jp.kakehashi.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server certificate made for one test run (the JDK's keytool): PKCS#12, CN and SAN localhost, two days. */
public final class Certificates {

    private Certificates() {}

    public static void selfSigned(Path keystore, String password) {
        try {
            Files.deleteIfExists(keystore);
            keytool(
                    "-genkeypair",
                    "-alias",
                    "default",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    password,
                    "-keypass",
                    password);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A PKCS#12 trust store holding only the certificate of a key store made by {@link #selfSigned}: what its clients trust. */
    public static void trustStoreFor(
            Path keystore, String keystorePassword, Path truststore, String truststorePassword) {
        Path certificate = truststore.resolveSibling(truststore.getFileName() + ".cer");
        try {
            Files.deleteIfExists(truststore);
            Files.deleteIfExists(certificate);
            keytool(
                    "-exportcert",
                    "-alias",
                    "default",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    keystorePassword,
                    "-file",
                    certificate.toString());
            keytool(
                    "-importcert",
                    "-noprompt",
                    "-alias",
                    "server",
                    "-file",
                    certificate.toString(),
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    truststore.toString(),
                    "-storepass",
                    truststorePassword);
            Files.deleteIfExists(certificate);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void keytool(String... arguments) throws IOException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(java.util.List.of(arguments));
        try {
            Process keytool =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (keytool.waitFor() != 0) {
                throw new AssertionError("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
