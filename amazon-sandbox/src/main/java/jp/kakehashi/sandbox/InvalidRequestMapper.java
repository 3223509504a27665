package jp.kakehashi.sandbox;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** The sandbox's control API answers a request it cannot read with 400 and the reason. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse();
        }
        Throwable cause =
                exception instanceof JsonbException && exception.getCause() != null ? exception.getCause() : exception;
        if (exception instanceof IllegalArgumentException || exception instanceof JsonbException) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", String.valueOf(cause.getMessage())))
                    .build();
        }
        throw exception;
    }
}
