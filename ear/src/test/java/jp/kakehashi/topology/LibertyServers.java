package jp.kakehashi.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Extra Liberty servers in the build's runtime, made from liberty-config/ as an operator would make them: the
 * messaging server from messaging-server.xml, application servers from server.xml with a profile, each with its own
 * bootstrap.properties. The libraries and the application come from the server the build created.
 */
final class LibertyServers {

    private final Path wlp = Path.of(System.getProperty("wlp.dir"));
    private final Path config = Path.of(System.getProperty("kakehashi.config.dir"));
    private final Path buildServer = wlp.resolve("usr/servers").resolve(System.getProperty("liberty.server.name"));

    Path serverDir(String name) {
        return wlp.resolve("usr/servers").resolve(name);
    }

    void createMessagingServer(String name, Map<String, String> variables) {
        Path dir = fresh(name);
        copy(config.resolve("messaging-server.xml"), dir.resolve("server.xml"));
        copyTree(config.resolve("includes"), dir.resolve("includes"));
        bootstrap(dir, variables);
    }

    void createApplicationServer(String name, Map<String, String> variables) {
        Path dir = fresh(name);
        copy(config.resolve("server.xml"), dir.resolve("server.xml"));
        copyTree(config.resolve("includes"), dir.resolve("includes"));
        copyTree(config.resolve("profiles"), dir.resolve("profiles"));
        copyTree(buildServer.resolve("lib"), dir.resolve("lib"));
        copy(buildServer.resolve("apps/kakehashi.ear.xml"), dir.resolve("apps/kakehashi.ear.xml"));
        bootstrap(dir, variables);
    }

    void start(String name) {
        run("start", name);
    }

    void stop(String name) {
        if (Files.isDirectory(serverDir(name))) {
            run("stop", name);
        }
    }

    /** SIGKILL, as a crashed machine would. */
    void kill(String name) throws Exception {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private void run(String action, String name) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                    .redirectErrorStream(true).start();
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

    private Path fresh(String name) {
        Path dir = serverDir(name);
        delete(dir);
        try {
            Files.createDirectories(dir.resolve("apps"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
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
            files.filter(Files::isRegularFile).forEach(file -> copy(file, to.resolve(from.relativize(file).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
