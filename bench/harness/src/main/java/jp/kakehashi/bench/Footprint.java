package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Start-up time and resident memory, as bench/run measured them and as /proc shows the server after the load. */
record Footprint(double readySeconds, long idleRssKb, long loadedRssKb) {

    static Footprint read() {
        return new Footprint(Double.parseDouble(System.getProperty("bench.ready-seconds", "-1")),
                Long.getLong("bench.rss-idle-kb", -1), rssKb(Long.getLong("bench.pid", -1)));
    }

    private static long rssKb(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    JsonObject toJson() {
        return Json.createObjectBuilder().add("readySeconds", readySeconds).add("idleRssMiB", idleRssKb / 1024)
                .add("loadedRssMiB", loadedRssKb / 1024).build();
    }

    String toMarkdown() {
        return String.format(Locale.ROOT, "| start to /health/ready UP | resident memory idle | resident memory after the load |%n"
                + "|---:|---:|---:|%n| %.1f s | %d MiB | %d MiB |%n", readySeconds, idleRssKb / 1024, loadedRssKb / 1024);
    }
}
