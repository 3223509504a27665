package jp.kakehashi.sandbox.pay.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /api/sandbox/pay/signouts}: how many times amazon.Pay.signout() reached the sandbox. */
@Path("sandbox/pay/signouts")
public class SignOutCountResource {

    @Inject
    private SignOutResource.SignOuts signOuts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> signOuts() {
        return Map.of("signouts", signOuts.count());
    }
}
