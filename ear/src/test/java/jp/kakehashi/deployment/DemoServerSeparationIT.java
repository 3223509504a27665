package jp.kakehashi.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tests run on a Liberty server of their own, never on the demo's: what {@code liberty:run} serves after
 * {@code ./mvnw verify} holds none of the tests' configuration or data. The test server's folder holds the tests'
 * server.env and their database; the demo's folder (there when the demo ran or was created in this build) holds
 * neither the tests' environment nor a file of the test server's.
 */
class DemoServerSeparationIT {

    /** A topic only the tests' server.env names (SettingsFromTheEnvironmentIT). */
    private static final String TESTS_PROBE_TOPIC = "kakehashi-env-probe";

    private final Path servers = Path.of(System.getProperty("wlp.dir"), "usr", "servers");
    private final String testServer = System.getProperty("liberty.server.name");
    private final String demoServer = System.getProperty("kakehashi.demo.server.name");

    @Test
    void theTestsRunOnAServerOfTheirOwn() throws IOException {
        assertNotEquals(demoServer, testServer, "the tests' server is not the demo's");
        Path testDir = servers.resolve(testServer);
        assertTrue(
                Files.readString(testDir.resolve("server.env")).contains(TESTS_PROBE_TOPIC),
                "the tests' environment is in the tests' server: " + testDir);
        assertTrue(
                holdsAFileNamed(testDir.resolve("data"), "kakehashi.mv.db"),
                "the tests' database is in the tests' server folder: " + testDir.resolve("data"));
    }

    @Test
    void theDemoServerHoldsNothingOfTheTests() throws IOException {
        Path demoDir = servers.resolve(demoServer);
        if (!Files.isDirectory(demoDir)) {
            return; // never created: nothing of the tests can be in it
        }
        Path demoEnv = demoDir.resolve("server.env");
        assertFalse(
                Files.exists(demoEnv) && Files.readString(demoEnv).contains(TESTS_PROBE_TOPIC),
                "the tests' server.env is not in the demo's server: " + demoEnv);
        // Arquillian deploys its test archives into the test server's dropins; bench/run puts its no-op servlet here
        Path demoDropins = demoDir.resolve("dropins");
        if (Files.isDirectory(demoDropins)) {
            try (Stream<Path> archives = Files.list(demoDropins)) {
                assertEquals(
                        List.of(),
                        archives.map(archive -> archive.getFileName().toString())
                                .filter(name -> !name.equals("bench-noop.war"))
                                .toList(),
                        "no test archive in the demo's dropins");
            }
        }
    }

    private static boolean holdsAFileNamed(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().equals(name));
        }
    }
}
