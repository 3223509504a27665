package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Start-up time and resident memory, as bench/run measured them and as /proc shows the server after the load;
 * {@code productionReadySeconds}: the production package's starts (first, then restarted), empty when not measured.
 */
record Footprint(double readySeconds, List<Double> productionReadySeconds, long idleRssKb, long loadedRssKb) {

    static Footprint read() {
        List<Double> production = Arrays.stream(
                        System.getProperty("bench.production-ready-seconds", "").split(","))
                .filter(text -> !text.isBlank())
                .map(Double::parseDouble)
                .toList();
        return new Footprint(
                Double.parseDouble(System.getProperty("bench.ready-seconds", "-1")),
                production,
                Long.getLong("bench.rss-idle-kb", -1),
                rssKb(Long.getLong("bench.pid", -1)));
    }

    private static long rssKb(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    JsonObject toJson() {
        JsonArrayBuilder production = Json.createArrayBuilder();
        productionReadySeconds.forEach(production::add);
        return Json.createObjectBuilder()
                .add("readySeconds", readySeconds)
                .add("productionReadySeconds", production)
                .add("idleRssMiB", idleRssKb / 1024)
                .add("loadedRssMiB", loadedRssKb / 1024)
                .build();
    }

    String toMarkdown() {
        String production = productionReadySeconds.isEmpty()
                ? "not measured"
                : productionReadySeconds.stream()
                        .map(seconds -> String.format(Locale.ROOT, "%.1f s", seconds))
                        .collect(Collectors.joining(", then restarted "));
        return String.format(
                Locale.ROOT,
                "| start to /health/ready UP | the production package, on PostgreSQL: start to /health/ready UP "
                        + "| resident memory idle | resident memory after the load |%n"
                        + "|---:|---:|---:|---:|%n| %.1f s | %s | %d MiB | %d MiB |%n",
                readySeconds,
                production,
                idleRssKb / 1024,
                loadedRssKb / 1024);
    }
}
