package jp.kakehashi.drs.infrastructure;

import static jp.kakehashi.drs.infrastructure.DashReplenishmentApi.PREFIX;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;
import jp.kakehashi.drs.application.DashReplenishmentService;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The DRS service over the REST client. Sorts every answer by what Amazon may have done (see
 * {@link DrsAnswer.Kind}); never logs a token.
 */
@ApplicationScoped
public class DashReplenishmentGateway implements DashReplenishmentService {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(DashReplenishmentGateway.class.getName());

    @Inject
    @RestClient
    private DashReplenishmentApi api;

    @Override
    public DrsAnswer replenish(String accessToken, String slotId) {
        return call(
                "replenish",
                () -> api.replenish(
                        bearer(accessToken),
                        PREFIX + "DrsReplenishInput@1.0",
                        PREFIX + "DrsReplenishResult@1.0",
                        slotId));
    }

    @Override
    public DrsAnswer slotStatus(
            String accessToken, String slotId, BigDecimal remaining, BigDecimal original, Instant lastUse) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("remainingQuantityInUnit", remaining)
                .add("originalQuantityInUnit", original);
        if (lastUse != null) {
            body.add("lastUseDate", lastUse.toString());
        }
        String json = body.build().toString();
        return call(
                "slotStatus",
                () -> api.slotStatus(
                        bearer(accessToken),
                        PREFIX + "DrsSlotStatusInput@1.0",
                        PREFIX + "DrsSlotStatusResult@1.0",
                        slotId,
                        json));
    }

    @Override
    public DrsAnswer deviceStatus(String accessToken, Instant mostRecentlyActive) {
        String json = JSON.createObjectBuilder()
                .add("mostRecentlyActiveDate", mostRecentlyActive.toString())
                .build()
                .toString();
        return call(
                "deviceStatus",
                () -> api.deviceStatus(
                        bearer(accessToken),
                        PREFIX + "DrsDeviceStatusInput@1.0",
                        PREFIX + "DrsDeviceStatusResult@1.0",
                        json));
    }

    @Override
    public DrsAnswer subscriptionInfo(String accessToken) {
        // Version 2.0 of the answer names the product and quantity of each subscribed slot; 1.0 only whether
        return call(
                "subscriptionInfo",
                () -> api.subscriptionInfo(
                        bearer(accessToken),
                        PREFIX + "DrsSubscriptionInfoInput@1.0",
                        PREFIX + "DrsSubscriptionInfoResult@2.0"));
    }

    @Override
    public DrsAnswer deregister(String accessToken) {
        return call(
                "deregistration",
                () -> api.deregister(
                        bearer(accessToken), PREFIX + "DrsDeregisterInput@2.0", PREFIX + "DrsDeregisterResult@1.0"));
    }

    private static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    private DrsAnswer call(String endpoint, Supplier<Response> request) {
        long started = System.nanoTime();
        try (Response response = request.get()) {
            int status = response.getStatus();
            String requestId = response.getHeaderString("x-amzn-RequestId");
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            long millis = (System.nanoTime() - started) / 1_000_000;
            return answer(endpoint, status, requestId, body, millis);
        } catch (ProcessingException e) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (LoginWithAmazonGateway.neverSent(e)) {
                return new DrsAnswer(DrsAnswer.Kind.UNAVAILABLE, null, null, null, null, null, "not reachable", millis);
            }
            LOG.warning(() -> "The answer to a DRS " + endpoint + " call was lost: " + e.getMessage());
            return new DrsAnswer(DrsAnswer.Kind.ANSWER_LOST, null, null, null, null, null, "answer lost", millis);
        }
    }

    static DrsAnswer answer(String endpoint, int status, String requestId, String body, long millis) {
        if (status >= 200 && status < 300) {
            if (!endpoint.equals("replenish")) {
                return new DrsAnswer(DrsAnswer.Kind.OK, status, requestId, null, null, body, "OK", millis);
            }
            String detailCode = null;
            String eventInstanceId = null;
            try {
                JsonObject json = JSON.createReader(new StringReader(body)).readObject();
                detailCode = json.getString("detailCode", null);
                eventInstanceId = json.getString("eventInstanceId", null);
            } catch (JsonException e) {
                // read as unreadable below
            }
            if (detailCode == null) {
                // Amazon answered and may have ordered: we cannot tell what
                return new DrsAnswer(
                        DrsAnswer.Kind.ANSWER_LOST, status, requestId, null, null, null, "unreadable answer", millis);
            }
            return new DrsAnswer(
                    DrsAnswer.Kind.OK, status, requestId, detailCode, eventInstanceId, body, detailCode, millis);
        }
        String code = errorCode(body);
        DrsAnswer.Kind kind;
        if (status == 401
                || (status == 400 && code.toLowerCase(java.util.Locale.ROOT).contains("token"))) {
            kind = DrsAnswer.Kind.TOKEN_REFUSED;
        } else if (status == 408 || status == 429 || status == 503) {
            kind = DrsAnswer.Kind.UNAVAILABLE;
        } else if (status >= 500) {
            kind = DrsAnswer.Kind.ANSWER_LOST;
        } else {
            kind = DrsAnswer.Kind.REFUSED;
        }
        return new DrsAnswer(kind, status, requestId, null, null, null, status + " " + code, millis);
    }

    private static String errorCode(String body) {
        try {
            JsonObject json = JSON.createReader(new StringReader(body)).readObject();
            return json.getString("code", json.getString("message", "(none)"));
        } catch (JsonException | ClassCastException e) {
            return "(not JSON)";
        }
    }
}
