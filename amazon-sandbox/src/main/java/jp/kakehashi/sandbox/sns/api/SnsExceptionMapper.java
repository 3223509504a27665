package jp.kakehashi.sandbox.sns.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import jp.kakehashi.sandbox.sns.domain.SnsException;

/** A refused SNS request in the control API: SNS's status and error code, as JSON. */
@Provider
public class SnsExceptionMapper implements ExceptionMapper<SnsException> {

    @Override
    public Response toResponse(SnsException exception) {
        return Response.status(exception.error().status())
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", exception.error().code(), "message", String.valueOf(exception.getMessage())))
                .build();
    }
}
