package jp.kakehashi.sandbox.traces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The spans exported to the sandbox's trace collector, the newest {@value #KEPT} of them, as Zipkin's v2 JSON gives
 * them: what a developer's or a test's collector would hold, without one to install.
 */
@ApplicationScoped
public class CollectedSpans {

    static final int KEPT = 20_000;

    private final Deque<JsonObject> spans = new ArrayDeque<>();

    public synchronized void add(List<JsonObject> received) {
        for (JsonObject span : received) {
            if (spans.size() == KEPT) {
                spans.removeFirst();
            }
            spans.addLast(span);
        }
    }

    /** The spans of one trace, or those with a tag of that value; either filter may be null. Oldest first. */
    public synchronized List<JsonObject> find(String traceId, String tag, String value) {
        return spans.stream()
                .filter(span -> traceId == null || traceId.equals(span.getString("traceId", null)))
                .filter(span -> tag == null || hasTag(span, tag, value))
                .toList();
    }

    public synchronized void clear() {
        spans.clear();
    }

    private static boolean hasTag(JsonObject span, String tag, String value) {
        JsonObject tags = span.getJsonObject("tags");
        if (tags == null || !tags.containsKey(tag)) {
            return false;
        }
        JsonValue found = tags.get(tag);
        return value == null || (found instanceof JsonString text && Objects.equals(text.getString(), value));
    }
}
