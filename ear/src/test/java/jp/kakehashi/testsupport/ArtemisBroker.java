package jp.kakehashi.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManagerImpl;

/**
 * One ActiveMQ Artemis broker of a primary/backup pair, in a JVM of its own so that a test can kill it with SIGKILL.
 * The broker runs from liberty-config/artemis/broker-{primary,backup}.xml as an operator would run it; its state
 * changes are printed as {@code BROKER <state> <epoch millis>} lines, which the test waits for and times. A broker
 * still running when the test JVM ends is killed with it.
 */
public final class ArtemisBroker implements AutoCloseable {

    public static final String REPLICATING = "BROKER REPLICATING";
    public static final String ACTIVE = "BROKER ACTIVE";

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ArtemisBroker(Process process, Path log) {
        this.process = process;
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            output.add(line);
                            Files.writeString(
                                    log,
                                    line + System.lineSeparator(),
                                    StandardCharsets.UTF_8,
                                    StandardOpenOption.CREATE,
                                    StandardOpenOption.APPEND);
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                },
                "artemis-broker-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a broker from one of the pair's configuration files, with its settings as system properties. */
    public static ArtemisBroker start(Path configuration, Map<String, String> settings, Path log) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(TestJvmOptions.options());
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(ArtemisBroker.class.getName());
        command.add(configuration.toUri().toString());
        try {
            Files.deleteIfExists(log);
            return new ArtemisBroker(
                    new ProcessBuilder(command).redirectErrorStream(true).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the broker to print a state line; the time the broker printed it. Fails at once if the broker died. */
    public Instant await(String state, Duration timeout) {
        return Await.until(
                        () -> {
                            if (!process.isAlive()) {
                                throw new AssertionError(
                                        "the broker ended before " + state + "; its last lines: " + lastLines());
                            }
                            return printed(state);
                        },
                        Optional::isPresent,
                        timeout,
                        Duration.ofMillis(100),
                        seen -> "the broker did not print " + state + "; its last lines: " + lastLines())
                .orElseThrow();
    }

    /** When the broker printed the state line, if it has. */
    public Optional<Instant> printed(String state) {
        return output.stream()
                .filter(line -> line.startsWith(state + " "))
                .map(line -> Instant.ofEpochMilli(
                        Long.parseLong(line.substring(state.length() + 1).strip())))
                .findFirst();
    }

    private List<String> lastLines() {
        return output.subList(Math.max(0, output.size() - 20), output.size());
    }

    /** SIGKILL, as a lost machine: nothing is flushed, no backup is told. */
    public void kill() throws Exception {
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void main(String[] args) throws Exception {
        FileConfiguration configuration = new FileConfiguration();
        new FileDeploymentManager(args[0]).addDeployable(configuration).readConfiguration();
        ActiveMQSecurityManagerImpl security = new ActiveMQSecurityManagerImpl();
        security.getConfiguration()
                .addUser(System.getProperty("artemis.app-user"), System.getProperty("artemis.app-password"));
        security.getConfiguration().addRole(System.getProperty("artemis.app-user"), "kakehashi");
        ActiveMQServer server = new ActiveMQServerImpl(configuration, security);
        server.start();
        boolean replicating = false;
        boolean active = false;
        while (true) {
            if (!replicating && server.isReplicaSync()) {
                replicating = true;
                System.out.println(REPLICATING + " " + System.currentTimeMillis());
            }
            if (!active && server.isActive()) {
                active = true;
                System.out.println(ACTIVE + " " + System.currentTimeMillis());
            }
            Thread.sleep(50);
        }
    }
}
