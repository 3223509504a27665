package jp.kakehashi.drs.infrastructure;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.shared.tracing.RedactedClientSpans;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Login with Amazon's token endpoint; base URL from {@code login-with-amazon/mp-rest/url} (https://api.amazon.com). */
@RegisterRestClient(configKey = "login-with-amazon")
@RegisterProvider(RedactedClientSpans.class)
public interface LoginWithAmazonApi {

    @POST
    @Path("/auth/o2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(Form form);
}
