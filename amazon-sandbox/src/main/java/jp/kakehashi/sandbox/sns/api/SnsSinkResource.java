package jp.kakehashi.sandbox.sns.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code POST /api/sandbox/sns/sink[/name]} receives SNS deliveries; {@code GET} lists what a sink received,
 * {@code PUT .../answers} scripts its next statuses ({@code {"statuses":[500,200]}}), {@code DELETE} forgets it.
 */
@Path("sandbox/sns/sink")
public class SnsSinkResource {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    @Inject
    SnsSink sink;

    public record Answers(List<Integer> statuses) {}

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receiveDefault(@Context HttpHeaders headers, String body) {
        return receive(SnsSink.DEFAULT_NAME, headers, body);
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("name") String name, @Context HttpHeaders headers, String body) {
        Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.getRequestHeaders()
                .forEach((key, values) ->
                        received.put(key.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        int status = sink.receive(name(name), "POST", received, body == null ? "" : body);
        return Response.status(status).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SnsSink.Received> receivedDefault() {
        return sink.received(SnsSink.DEFAULT_NAME);
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SnsSink.Received> received(@PathParam("name") String name) {
        return sink.received(name(name));
    }

    @PUT
    @Path("{name}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response script(@PathParam("name") String name, Answers answers) {
        if (answers == null || answers.statuses() == null) {
            throw new IllegalArgumentException("statuses are required");
        }
        sink.script(name(name), answers.statuses());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{name}")
    public Response clear(@PathParam("name") String name) {
        sink.clear(name(name));
        return Response.noContent().build();
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a sink name has 1 to 100 letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
