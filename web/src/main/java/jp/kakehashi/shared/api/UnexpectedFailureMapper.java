package jp.kakehashi.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the API answers when something fails that no resource expected: a client error a WebApplicationException
 * carries as it is, anything else 500 as JSON with a reference that leads to the log line. No class name, message or
 * stack trace reaches the caller.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // The container's own 404, 405, 415...: their answer as it is, headers (Allow, WWW-Authenticate) and all
            return web.getResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed (reference " + reference + ")", failure);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "internal error", "reference", reference))
                .build();
    }
}
