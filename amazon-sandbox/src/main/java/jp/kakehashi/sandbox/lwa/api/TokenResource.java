package jp.kakehashi.sandbox.lwa.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import jp.kakehashi.sandbox.lwa.domain.LwaError;
import jp.kakehashi.sandbox.lwa.token.TokenGrants;
import jp.kakehashi.sandbox.lwa.token.TokenRequestParser;

/** {@code POST https://api.amazon.com/auth/o2/token}, under the sandbox base URL {@code /amazon-sandbox/api/lwa}. */
@Path("lwa/auth/o2/token")
public class TokenResource {

    @Inject
    private TokenGrants grants;

    /** No {@code @Consumes}: every content type reaches the method, so that a wrong one gets LWA's error body. */
    @POST
    public Response token(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            byte[] body) {
        try {
            String json = grants.handle(TokenRequestParser.parse(contentType, body, authorization))
                    .toJson();
            return answer(Response.ok(), json);
        } catch (LwaError error) {
            String json = Json.createObjectBuilder()
                    .add("error", error.error())
                    .add("error_description", error.description())
                    .build()
                    .toString();
            Response.ResponseBuilder builder = Response.status(error.status());
            if (error.status() == 401) {
                builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"api.amazon.com\"");
            }
            return answer(builder, json);
        }
    }

    private static Response answer(Response.ResponseBuilder builder, String json) {
        return builder.type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .entity(json)
                .build();
    }
}
