package jp.kakehashi.sandbox.fault;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fault injection for tests: {@code PUT /api/sandbox/faults/GET_BUYER} with
 * {@code {"latencyMillis":0,"status":503,"dropConnection":false,"times":2}}, {@code DELETE} to clear.
 */
@Path("sandbox/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultResource {

    @Inject
    private FaultInjector faults;

    @GET
    public Map<String, Fault> list() {
        return byName(faults.faults());
    }

    /** The most requests each endpoint had in flight at once, since the sandbox started or the last DELETE. */
    @GET
    @Path("peak-concurrency")
    public Map<String, Long> peakConcurrency() {
        return byName(faults.peakInFlight());
    }

    @DELETE
    @Path("peak-concurrency")
    public Response resetPeakConcurrency() {
        faults.resetPeakInFlight();
        return Response.noContent().build();
    }

    /**
     * How many requests reached each endpoint since the sandbox started, and Login with Amazon's token endpoint's per
     * grant type too ({@code LWA_TOKEN:authorization_code}, ...).
     */
    @GET
    @Path("requests")
    public Map<String, Long> requests() {
        Map<String, Long> counts = byName(faults.requests());
        counts.putAll(faults.requestsByGrant());
        return counts;
    }

    private static <T> Map<String, T> byName(Map<SandboxEndpoint, T> byEndpoint) {
        Map<String, T> byName = new TreeMap<>();
        byEndpoint.forEach((endpoint, value) -> byName.put(endpoint.name(), value));
        return byName;
    }

    @PUT
    @Path("{endpoint}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inject(@PathParam("endpoint") String endpoint, Fault fault) {
        if (fault == null) {
            throw badRequest("a fault is required");
        }
        faults.inject(endpoint(endpoint), fault);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{endpoint}")
    public Response clear(@PathParam("endpoint") String endpoint) {
        faults.clear(endpoint(endpoint));
        return Response.noContent().build();
    }

    @DELETE
    public Response clearAll() {
        faults.clearAll();
        return Response.noContent().build();
    }

    private static SandboxEndpoint endpoint(String name) {
        try {
            return SandboxEndpoint.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "unknown endpoint " + name))
                    .build());
        }
    }

    private static WebApplicationException badRequest(String message) {
        return new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message))
                .build());
    }
}
