package jp.kakehashi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the figures came from: they mean little without it. */
final class Machine {

    private Machine() {}

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB")
                .orElse("unknown memory");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
