package jp.kakehashi.sandbox.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectedSpansTest {

    private final CollectedSpans spans = new CollectedSpans();

    @Test
    void spansAreFoundByTraceOrByTag() {
        spans.add(List.of(
                span("t1", "a", "kakehashi.sns.message_id", "m-1"),
                span("t1", "b", null, null),
                span("t2", "c", "kakehashi.sns.message_id", "m-2")));

        assertEquals(List.of("a", "b"), ids(spans.find("t1", null, null)));
        assertEquals(List.of("c"), ids(spans.find(null, "kakehashi.sns.message_id", "m-2")));
        assertEquals(List.of("a", "c"), ids(spans.find(null, "kakehashi.sns.message_id", null)));
    }

    @Test
    void onlyTheNewestAreKept() {
        List<JsonObject> many = new ArrayList<>();
        for (int i = 0; i < CollectedSpans.KEPT + 5; i++) {
            many.add(span("t", "s" + i, null, null));
        }
        spans.add(many);

        List<JsonObject> kept = spans.find("t", null, null);
        assertEquals(CollectedSpans.KEPT, kept.size());
        assertEquals("s5", kept.get(0).getString("id"));
    }

    private static JsonObject span(String traceId, String id, String tag, String value) {
        var span =
                Json.createObjectBuilder().add("traceId", traceId).add("id", id).add("name", "n");
        if (tag != null) {
            span.add("tags", Json.createObjectBuilder().add(tag, value));
        }
        return span.build();
    }

    private static List<String> ids(List<JsonObject> found) {
        return found.stream().map(span -> span.getString("id")).toList();
    }
}
