package jp.kakehashi.sandbox.drs;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The last DeviceStatus each device sent: what Amazon knows of its activity. */
@ApplicationScoped
public class DeviceActivity {

    private static final int KEPT = 100_000;

    public record Report(
            String modelId, String serial, String mostRecentlyActiveDate, Instant receivedAt, int reports) {}

    private final Map<String, Report> reports = new ConcurrentHashMap<>();

    public void record(String modelId, String serial, String mostRecentlyActiveDate) {
        if (reports.size() >= KEPT) {
            reports.clear();
        }
        reports.merge(
                modelId + "/" + serial,
                new Report(modelId, serial, mostRecentlyActiveDate, Instant.now(), 1),
                (old, latest) ->
                        new Report(modelId, serial, mostRecentlyActiveDate, latest.receivedAt(), old.reports() + 1));
    }

    public Optional<Report> last(String modelId, String serial) {
        return Optional.ofNullable(reports.get(modelId + "/" + serial));
    }
}
