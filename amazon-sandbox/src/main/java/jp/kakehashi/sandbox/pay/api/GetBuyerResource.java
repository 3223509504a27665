package jp.kakehashi.sandbox.pay.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kakehashi.sandbox.pay.PayConfig;
import jp.kakehashi.sandbox.pay.buyer.BuyerJson;
import jp.kakehashi.sandbox.pay.buyer.BuyerToken;
import jp.kakehashi.sandbox.pay.buyer.BuyerTokens;
import jp.kakehashi.sandbox.pay.keys.MerchantKeys;
import jp.kakehashi.sandbox.pay.signature.PayApiException;
import jp.kakehashi.sandbox.pay.signature.RequestSignatureVerifier;

/**
 * Amazon Pay Get Buyer: {@code GET /api/pay/{sandbox|live}/v2/buyers/{buyerToken}}, and
 * {@code GET /api/pay/v2/buyers/{buyerToken}} for public key ids that start with SANDBOX- or LIVE-.
 */
@Path("pay")
@Produces(MediaType.APPLICATION_JSON)
public class GetBuyerResource {

    @jakarta.inject.Inject
    jp.kakehashi.sandbox.pay.buyer.TestBuyerDirectory testBuyers;

    /** The sandbox's stand-in for {@code https://pay-api.amazon.jp}, inside the web application. */
    static final String BASE_PATH = "/api/pay";

    @Inject
    PayConfig config;

    @Inject
    MerchantKeys keys;

    @Inject
    BuyerTokens tokens;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{environment: sandbox|live}/v2/buyers/{buyerToken}")
    public Response getBuyer(@PathParam("environment") String environment, @PathParam("buyerToken") String buyerToken) {
        return answer(environment, buyerToken);
    }

    @GET
    @Path("v2/buyers/{buyerToken}")
    public Response getBuyer(@PathParam("buyerToken") String buyerToken) {
        return answer(null, buyerToken);
    }

    private Response answer(String environment, String buyerToken) {
        try {
            RequestSignatureVerifier.VerifiedRequest verified = verifier().verify(incomingRequest());
            checkEnvironment(environment, verified.publicKeyId());
            BuyerToken token = tokens.redeemable(buyerToken)
                    .orElseThrow(() -> new PayApiException(
                            400,
                            "InvalidParameterValue",
                            "The value provided for buyerToken is invalid or has expired."));
            return testBuyers
                    .byBuyerId(token.buyerId())
                    .map(buyer -> Response.ok(
                                    BuyerJson.of(buyer, token.scopes()).toString(), MediaType.APPLICATION_JSON_TYPE)
                            .build())
                    .orElseThrow(() -> new PayApiException(
                            400, "InvalidParameterValue", "The value provided for buyerToken is invalid."));
        } catch (PayApiException refused) {
            return error(refused);
        }
    }

    private RequestSignatureVerifier verifier() {
        return new RequestSignatureVerifier(keys, Clock.systemUTC(), config.maxClockSkew());
    }

    /**
     * The client signs the path it requests. A client pointed at the sandbox base URL (and the official SDK's
     * logic) signs the full path, {@code /amazon-sandbox/api/pay/v2/buyers/...}; a client that signs Amazon's own
     * path signs {@code /v2/buyers/...}. Both are tried, full path first.
     */
    private RequestSignatureVerifier.IncomingRequest incomingRequest() {
        String fullPath = decodedPath(request.getRequestURI());
        List<String> paths = new ArrayList<>(List.of(fullPath));
        String prefix = request.getContextPath() + BASE_PATH;
        if (fullPath.startsWith(prefix + "/")) {
            paths.add(fullPath.substring(prefix.length()));
        }
        Map<String, List<String>> lowerCaseHeaders = new HashMap<>();
        headers.getRequestHeaders()
                .forEach((name, values) -> lowerCaseHeaders
                        .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                        .addAll(values));
        return new RequestSignatureVerifier.IncomingRequest(
                request.getMethod(), paths, request.getQueryString(), lowerCaseHeaders, "");
    }

    private static String decodedPath(String rawPath) {
        try {
            return URI.create(rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    /**
     * Without an environment segment the key id must say its environment; with one, a key id that says the other
     * environment is not authorized for it.
     */
    static void checkEnvironment(String environment, String publicKeyId) {
        String keyEnvironment =
                publicKeyId.startsWith("SANDBOX-") ? "sandbox" : publicKeyId.startsWith("LIVE-") ? "live" : null;
        if (environment == null && keyEnvironment == null) {
            throw new PayApiException(
                    400,
                    "InvalidRequest",
                    "The environment (sandbox or live) is missing from the path: "
                            + "it may be left out only with a public key id that starts with SANDBOX- or LIVE-.");
        }
        if (environment != null && keyEnvironment != null && !environment.equals(keyEnvironment)) {
            throw new PayApiException(
                    401,
                    "UnauthorizedAccess",
                    "The public key id " + publicKeyId + " is not authorized for the " + environment + " environment.");
        }
    }

    static Response error(PayApiException refused) {
        String body = Json.createObjectBuilder()
                .add("reasonCode", refused.reasonCode())
                .add("message", refused.getMessage())
                .build()
                .toString();
        return Response.status(refused.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
