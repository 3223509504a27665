package jp.kakehashi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of every server the tests start (src/test/liberty/jvm.options, which the build's test server has
 * too): the servers a test makes take them, so that a crash test's starts cost what the test server's does. The build's
 * test server alone records what it loads; the Liberty servers of this runtime map the class archive written from it
 * (src/test/liberty/class-archive.sh) where there is one.
 */
public final class TestJvmOptions {

    /** Only the build's test server records its classes: a JVM that maps a dynamic archive cannot record another. */
    private static final String RECORD_FOR_ARCHIVE = "-XX:+RecordDynamicDumpInfo";

    private TestJvmOptions() {}

    /** The options themselves, for a JVM started by command (JVM_ARGS, a broker's command line). */
    public static List<String> options() {
        try {
            return Files.readAllLines(Path.of(System.getProperty("kakehashi.test-jvm-options"))).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .filter(line -> !line.equals(RECORD_FOR_ARCHIVE))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The options of a server of the build's Liberty runtime ({@link LibertyServers}), as its jvm.options: with the
     * test server's class archive when the build wrote one. Only there: the archive holds the runtime's path, and a JVM
     * launched from another (the unzipped server package) or a broker would refuse it.
     */
    public static List<String> libertyServerOptions() {
        List<String> options = new ArrayList<>(options());
        Path archive = Path.of(System.getProperty("kakehashi.test-class-archive", "no-class-archive"));
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
        }
        // No test reads these servers' OpenAPI document: its scan of the application is half a CPU second of each start
        options.add("-Dmp.openapi.scan.disable=true");
        return options;
    }
}
