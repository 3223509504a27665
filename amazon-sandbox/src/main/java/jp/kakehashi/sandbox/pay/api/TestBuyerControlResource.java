package jp.kakehashi.sandbox.pay.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakehashi.sandbox.pay.buyer.TestBuyer;
import jp.kakehashi.sandbox.pay.buyer.TestBuyerDirectory;

/**
 * For tests: {@code POST /api/sandbox/pay/buyers} with {@code {"template":"pay-tester"}} adds a buyer like the template
 * with its own buyerId and email, who can then sign in on the hosted page; {@code "name"} and {@code "addressLine1"}
 * replace the template's. Not an Amazon API.
 */
@Path("sandbox/pay/buyers")
@Produces(MediaType.APPLICATION_JSON)
public class TestBuyerControlResource {

    @Inject
    TestBuyerDirectory buyers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject request) {
        String template = request == null ? "" : request.getString("template", "");
        return buyers.byKey(template)
                .map(found -> buyers.addCopyOf(found, text(request, "name"), text(request, "addressLine1")))
                .map(buyer -> Response.status(Response.Status.CREATED)
                        .entity(json(buyer))
                        .build())
                .orElseGet(() -> Response.status(Response.Status.BAD_REQUEST)
                        .entity(Json.createObjectBuilder()
                                .add("error", "unknown template " + template)
                                .build()
                                .toString())
                        .build());
    }

    private static String text(JsonObject request, String key) {
        return request.containsKey(key) && request.get(key).getValueType() == JsonValue.ValueType.STRING
                ? request.getString(key)
                : null;
    }

    private static String json(TestBuyer buyer) {
        return Json.createObjectBuilder()
                .add("key", buyer.key())
                .add("buyerId", buyer.buyerId())
                .add("email", buyer.email())
                .add("name", buyer.name())
                .build()
                .toString();
    }
}
