package jp.kakehashi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Liberty servers in the build's runtime, driven through its {@code bin/server} command: the server the build
 * created, and extra ones made from liberty-config/ as an operator would make them (the messaging server from
 * messaging-server.xml, application servers from server.xml with a profile, each with its own bootstrap.properties;
 * the libraries, the application and the sandbox's generated keys come from the build's server; the JVM options are the test servers' own,
 * {@link TestJvmOptions}).
 */
public final class LibertyServers {

    private static final String TRANSACTION_RETRY_INTERVAL = "kakehashi.transaction.retry-interval";

    private final Path wlp = Path.of(System.getProperty("wlp.dir"));
    private final Path config = Path.of(System.getProperty("kakehashi.config.dir"));
    private final Path buildServer = wlp.resolve("usr/servers").resolve(System.getProperty("liberty.server.name"));

    public Path serverDir(String name) {
        return wlp.resolve("usr/servers").resolve(name);
    }

    public void createMessagingServer(String name, Map<String, String> variables) {
        Path dir = fresh(name);
        copy(config.resolve("messaging-server.xml"), dir.resolve("server.xml"));
        copyTree(config.resolve("includes"), dir.resolve("includes"));
        jvmOptions(dir);
        bootstrap(dir, variables);
    }

    public void createApplicationServer(String name, Map<String, String> variables) {
        Path dir = fresh(name);
        copy(config.resolve("server.xml"), dir.resolve("server.xml"));
        copyTree(config.resolve("includes"), dir.resolve("includes"));
        copyTree(config.resolve("profiles"), dir.resolve("profiles"));
        copyTree(buildServer.resolve("lib"), dir.resolve("lib"));
        copy(buildServer.resolve("apps/kakehashi.ear.xml"), dir.resolve("apps/kakehashi.ear.xml"));
        // The keys and certificates the build server's sandbox generated at its start (kakehashi.sandbox.dir): this
        // server's sandbox takes them instead of generating two RSA keys of its own, seconds of a start with C1 alone
        Path sandboxKeys = buildServer.resolve("data/sandbox");
        if (Files.isDirectory(sandboxKeys)) {
            copyTree(sandboxKeys, dir.resolve("data/sandbox"));
        }
        jvmOptions(dir);
        // A clock the tests set: an in-doubt transaction's commit is retried after 5 s, not production's minute, so
        // that a crash test's database outage does not leave a notification unstored for a minute
        Map<String, String> withTestClocks = new LinkedHashMap<>(Map.of(TRANSACTION_RETRY_INTERVAL, "5s"));
        withTestClocks.putAll(variables);
        bootstrap(dir, withTestClocks);
    }

    /** The server the build created for the tests and runs them against: never the demo's (liberty:run). */
    public static String buildServerName() {
        return System.getProperty("liberty.server.name");
    }

    public void start(String name) {
        run("start", name);
    }

    /** Pauses one component, such as a message-driven bean's endpoint ({@code application#module#bean}). */
    public void pause(String name, String target) {
        run("pause", name, "--target=" + target);
    }

    /** Resumes what {@link #pause} paused. */
    public void resume(String name, String target) {
        run("resume", name, "--target=" + target);
    }

    public void stop(String name) {
        if (Files.isDirectory(serverDir(name))) {
            run("stop", name);
        }
    }

    /** Stops the servers at the same time: each stop waits seconds for its server to quiesce, not for the other. */
    public void stopTogether(String... names) {
        together(this::stop, names);
    }

    /** {@link #pause} on each server at the same time, one command each. */
    public void pauseTogether(String target, String... names) {
        together(name -> pause(name, target), names);
    }

    /** {@link #resume} on each server at the same time, one command each. */
    public void resumeTogether(String target, String... names) {
        together(name -> resume(name, target), names);
    }

    private static void together(Consumer<String> action, String... names) {
        List<CompletableFuture<Void>> actions = Stream.of(names)
                .map(name -> CompletableFuture.runAsync(() -> action.accept(name)))
                .toList();
        try {
            CompletableFuture.allOf(actions.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** SIGKILL, as a crashed machine would. */
    public void kill(String name) throws Exception {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid"))
                .strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private void run(String action, String name, String... options) {
        try {
            List<String> command =
                    new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), action, name));
            command.addAll(List.of(options));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0 && !action.equals("stop")) {
                throw new AssertionError("server " + action + " " + name + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * An empty server folder, except for the workarea of a server made before under the same name (the SNS crash
     * classes' victim): Liberty's resolved features and bundle cache, which a start would otherwise build again (a cold
     * start took 3 to 6 s more on an idle 2-core machine). Its configuration, data, logs and transaction log are new.
     */
    private Path fresh(String name) {
        Path dir = serverDir(name);
        deleteAllBut(dir, dir.resolve("workarea"));
        try {
            Files.createDirectories(dir.resolve("apps"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static void jvmOptions(Path dir) {
        try {
            Files.write(dir.resolve("jvm.options"), TestJvmOptions.libertyServerOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bootstrap(Path dir, Map<String, String> variables) {
        List<String> lines = new ArrayList<>();
        variables.forEach((key, value) -> lines.add(key + "=" + value.replace("\\", "\\\\")));
        try {
            Files.write(dir.resolve("bootstrap.properties"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> copy(file, to.resolve(from.relativize(file).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAllBut(Path dir, Path kept) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(path -> !path.startsWith(kept) && !kept.startsWith(path))
                    .sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
