package jp.kakehashi.signin.infrastructure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.shared.tracing.RedactedClientSpans;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Amazon Pay's API v2, as far as Kakehashi uses it. The base URL comes from {@code amazon-pay/mp-rest/url}
 * (Amazon's {@code https://pay-api.amazon.jp}, or the sandbox); every request is signed by {@link AmazonPaySigningFilter}.
 */
@RegisterRestClient(configKey = "amazon-pay")
@RegisterProvider(AmazonPaySigningFilter.class)
@RegisterProvider(RedactedClientSpans.class)
@Produces(MediaType.APPLICATION_JSON)
public interface AmazonPayApi {

    /** For public key ids that start with SANDBOX- or LIVE-: the key says which environment. */
    @GET
    @Path("/v2/buyers/{buyerToken}")
    Response getBuyer(@PathParam("buyerToken") String buyerToken);

    @GET
    @Path("/{environment}/v2/buyers/{buyerToken}")
    Response getBuyer(@PathParam("environment") String environment, @PathParam("buyerToken") String buyerToken);
}
