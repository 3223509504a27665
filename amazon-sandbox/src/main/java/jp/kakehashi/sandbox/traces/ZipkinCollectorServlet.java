package jp.kakehashi.sandbox.traces;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Zipkin's span intake ({@code POST /zipkin/api/v2/spans}, a JSON array of v2 spans), which OpenTelemetry's
 * {@code zipkin} exporter sends to: the sandbox profiles point Kakehashi's traces here.
 */
@WebServlet("/zipkin/api/v2/spans")
public class ZipkinCollectorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectedSpans spans;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArray received;
        // The exporter gzips its batches; Liberty's HTTP channel has inflated the body already
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            received = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST, "Not a JSON array of Zipkin v2 spans: " + e.getMessage());
            return;
        }
        if (!received.stream().allMatch(span -> span.getValueType() == JsonValue.ValueType.OBJECT)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Every span must be a JSON object");
            return;
        }
        spans.add(List.copyOf(received.getValuesAs(JsonObject.class)));
        response.setStatus(HttpServletResponse.SC_ACCEPTED);
    }
}
