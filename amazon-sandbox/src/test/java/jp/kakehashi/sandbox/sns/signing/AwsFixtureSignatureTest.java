package jp.kakehashi.sandbox.sns.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import jp.kakehashi.sandbox.sns.domain.SnsStringToSign;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the sandbox's string-to-sign builder against real AWS-signed messages: each fixture's AWS signature
 * verifies over the string the sandbox builds from its fields, and every tampered copy fails.
 */
class AwsFixtureSignatureTest {

    @TestFactory
    Stream<DynamicTest> realAwsMessagesVerifyOverTheSandboxsStringToSign() throws IOException {
        return fixtures(false).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Map<String, String> fields = fields(file);
                    X509Certificate certificate = certificateFor(file, fields);
                    String stringToSign = SnsStringToSign.of(fields);

                    assertTrue(
                            SnsSignatures.verify(
                                    stringToSign,
                                    fields.get("Signature"),
                                    SignatureVersion.of(fields.get("SignatureVersion")),
                                    certificate.getPublicKey()),
                            file.toString());
                    certificate.checkValidity(Date.from(Instant.parse(fields.get("Timestamp"))));
                    assertEquals(
                            "CN=sns.amazonaws.com",
                            certificate.getSubjectX500Principal().getName());
                }));
    }

    @TestFactory
    Stream<DynamicTest> tamperedMessagesFail() throws IOException {
        List<Path> tampered = fixtures(true);
        assertFalse(tampered.isEmpty());
        return tampered.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Map<String, String> fields = fields(file);
                    assertFalse(
                            SnsSignatures.verify(
                                    SnsStringToSign.of(fields),
                                    fields.get("Signature"),
                                    SignatureVersion.of(fields.get("SignatureVersion")),
                                    certificateFor(file, fields).getPublicKey()),
                            file.toString());
                }));
    }

    private static List<Path> fixtures(boolean tampered) throws IOException {
        String configured = System.getProperty("kakehashi.sns-fixtures.dir");
        assertTrue(configured != null, "kakehashi.sns-fixtures.dir is not set");
        Path folder = Path.of(configured);
        assertTrue(Files.isDirectory(folder), "no SNS fixtures at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> f.toString().endsWith(".tampered.json") == tampered)
                    .sorted()
                    .toList();
            assertFalse(found.isEmpty(), "no fixtures in " + folder);
            return found;
        }
    }

    /** The message's string fields by key (MessageAttributes, an object, is not signed). */
    private static Map<String, String> fields(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            JsonObject json = reader.readObject();
            Map<String, String> fields = new HashMap<>();
            json.forEach((key, value) -> {
                if (value instanceof JsonString text) {
                    fields.put(key, text.getString());
                }
            });
            return fields;
        }
    }

    /** The certificate beside the fixture, chosen by the last path segment of its SigningCertURL (Lambda: ...Url). */
    private static X509Certificate certificateFor(Path file, Map<String, String> fields) throws IOException {
        String url = fields.getOrDefault("SigningCertURL", fields.get("SigningCertUrl"));
        String name = url.substring(url.lastIndexOf('/') + 1);
        return SigningCredentials.parseCertificate(Files.readString(file.resolveSibling(name)));
    }
}
