package jp.kakehashi.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What operators watch (README, Operations): the gauges at /metrics, in Prometheus's format, with their values; and the
 * HTTP access log, a line per request.
 */
class OperationsMetricsIT {

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    @Test
    void theOperatorsGaugesAreScraped() {
        String metrics = http.get("/metrics?scope=application").body();

        for (String gauge : List.of(
                "kakehashi_queue_depth{queue=\"SnsInboundQueue\"",
                "kakehashi_queue_depth{queue=\"SnsInboundQueue.DLQ\"",
                "kakehashi_sns_parked",
                "kakehashi_device_tokens{state=\"active\"",
                "kakehashi_device_tokens{state=\"due\"",
                "kakehashi_device_tokens{state=\"needs_setup\"",
                "kakehashi_drs_orders_open",
                "kakehashi_drs_orders_in_doubt",
                "kakehashi_drs_calls_failed_24h",
                "kakehashi_drs_subscription_checks_waiting")) {
            String name = gauge.contains("{") ? gauge.substring(0, gauge.indexOf('{')) : gauge;
            String tag = gauge.contains("{") ? gauge.substring(gauge.indexOf('{') + 1) : "";
            assertTrue(
                    metrics.lines()
                            .anyMatch(line -> (line.startsWith(name + "{") || line.startsWith(name + " "))
                                    && line.contains(tag)
                                    && line.matches(".* -?[0-9.E]+$")),
                    gauge + " in:\n"
                            + metrics.lines()
                                    .filter(line -> line.startsWith("kakehashi"))
                                    .toList());
        }
        // The build's server runs the messaging engine: its queue depth is known, not -1
        assertTrue(
                metrics.lines()
                        .filter(line ->
                                line.startsWith("kakehashi_queue_depth{") && line.contains("queue=\"SnsInboundQueue\""))
                        .noneMatch(line -> line.endsWith(" -1.0")),
                "the engine's depth");
    }

    @Test
    void everyRequestIsInTheAccessLog() {
        String marker = "access-log-" + java.util.UUID.randomUUID();
        // The marker rides in the header the log keeps (SNS's message id): the query string is never logged
        http.get("/health/ready?secret=" + marker + "-query", "x-amz-sns-message-id", marker);

        java.nio.file.Path log = java.nio.file.Path.of(
                System.getProperty("wlp.dir"),
                "usr",
                "servers",
                System.getProperty("liberty.server.name", "kakehashi"),
                "logs",
                "http_access.log");
        String line = Await.present(
                () -> read(log).lines().filter(entry -> entry.contains(marker)).findFirst());
        assertTrue(line.contains("\"GET /health/ready HTTP/1.1\" 200") && line.endsWith(marker), line);
        assertFalse(read(log).contains(marker + "-query"), "no query string in the access log");
    }

    private static String read(java.nio.file.Path log) {
        try {
            return java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
