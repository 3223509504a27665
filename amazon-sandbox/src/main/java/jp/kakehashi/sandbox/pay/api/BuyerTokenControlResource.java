package jp.kakehashi.sandbox.pay.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import jp.kakehashi.sandbox.pay.buyer.BuyerToken;
import jp.kakehashi.sandbox.pay.buyer.BuyerTokens;
import jp.kakehashi.sandbox.pay.buyer.Scope;
import jp.kakehashi.sandbox.pay.buyer.TestBuyer;

/**
 * For tests that need a buyerToken without a browser: {@code POST /api/sandbox/pay/buyer-tokens} with
 * {@code {"buyer":"pay-tester","scopes":["name","email"],"publicKeyId":"..."}} issues one as the hosted page would.
 * Not an Amazon API.
 */
@Path("sandbox/pay/buyer-tokens")
@Produces(MediaType.APPLICATION_JSON)
public class BuyerTokenControlResource {

    @jakarta.inject.Inject
    jp.kakehashi.sandbox.pay.buyer.TestBuyerDirectory testBuyers;

    @Inject
    BuyerTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(JsonObject request) {
        try {
            return issueFor(request);
        } catch (ClassCastException e) {
            return badRequest("buyer and publicKeyId must be strings, scopes an array of strings");
        }
    }

    private Response issueFor(JsonObject request) {
        if (request == null) {
            return badRequest("a body {\"buyer\":\"pay-tester\",\"scopes\":[...]} is required");
        }
        TestBuyer buyer = testBuyers.byKey(request.getString("buyer", "")).orElse(null);
        if (buyer == null) {
            return badRequest("unknown buyer; known: pay-tester, gift-card-only, tricky");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (request.containsKey("scopes")) {
            for (var value : request.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString.class)) {
                Scope scope = Scope.of(value.getString()).orElse(null);
                if (scope == null) {
                    return badRequest("unknown scope " + value.getString());
                }
                scopes.add(scope);
            }
        } else {
            scopes.addAll(EnumSet.complementOf(EnumSet.of(Scope.PRIME_STATUS)));
        }
        BuyerToken token = tokens.issue(buyer, scopes, request.getString("publicKeyId", "sandbox-control-api"));
        JsonArrayBuilder scopeNames = Json.createArrayBuilder();
        scopes.forEach(scope -> scopeNames.add(scope.value()));
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder()
                        .add("buyerToken", token.token())
                        .add("buyerId", token.buyerId())
                        .add("scopes", scopeNames)
                        .add("expiresAt", token.expiresAt().toString())
                        .build()
                        .toString())
                .build();
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Json.createObjectBuilder().add("error", message).build().toString())
                .build();
    }
}
