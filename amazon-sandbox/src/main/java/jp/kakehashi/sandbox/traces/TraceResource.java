package jp.kakehashi.sandbox.traces;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The collected spans for tests and tools: {@code GET /api/sandbox/spans?traceId=...} or {@code ?tag=key&value=...}
 * (README, "Traces").
 */
@Path("sandbox/spans")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    @Inject
    CollectedSpans spans;

    @GET
    public List<JsonObject> find(
            @QueryParam("traceId") String traceId, @QueryParam("tag") String tag, @QueryParam("value") String value) {
        return spans.find(traceId, tag, value);
    }

    @DELETE
    public void clear() {
        spans.clear();
    }
}
