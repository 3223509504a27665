package jp.kakehashi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options of every server the tests start (src/test/liberty/jvm.options, which the build's test server has
 * too): the servers a test makes take them, so that a crash test's starts cost what the test server's does.
 */
public final class TestJvmOptions {

    private TestJvmOptions() {}

    /** The file, as Liberty reads a server's jvm.options. */
    public static Path file() {
        return Path.of(System.getProperty("kakehashi.test-jvm-options"));
    }

    /** The options themselves, for a JVM started by command (JVM_ARGS, a broker's command line). */
    public static List<String> options() {
        try {
            return Files.readAllLines(file()).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
