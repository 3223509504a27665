package jp.kakehashi.signin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.logging.Logger;
import jp.kakehashi.signin.application.AmazonBuyers;
import jp.kakehashi.signin.application.AmazonPayConfiguration;
import jp.kakehashi.signin.application.AmazonPayRejectedException;
import jp.kakehashi.signin.application.AmazonPayUnavailableException;
import jp.kakehashi.signin.application.InvalidBuyerTokenException;
import jp.kakehashi.signin.domain.AmazonBuyer;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Get Buyer over the REST client, with Amazon Pay's own retry advice: 408, 425, 429 and 5xx (and connection
 * failures) are retried with back-off, a few times; a buyerToken Amazon refuses is not. A circuit breaker stops
 * calling an Amazon that keeps failing, so shoppers get the "try again" page at once instead of waiting. Outside any
 * transaction: no database connection is held while Amazon answers. Application-scoped, not a session bean, for the
 * reason {@link jp.kakehashi.drs.infrastructure.LoginWithAmazonGateway} gives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AmazonPayGateway implements AmazonBuyers {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(AmazonPayGateway.class.getName());
    private static final Set<Integer> RETRIED = Set.of(408, 425, 429, 500, 502, 503, 504);

    @Inject
    @RestClient
    private AmazonPayApi api;

    @Inject
    private AmazonPayCredentials credentials;

    @Inject
    private AmazonPayConfiguration configuration;

    @Override
    // A shopper is waiting: each attempt ends after the 4 s read timeout (5 s at most here), no retry starts after 8 s
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            jitter = 200,
            maxDuration = 8,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = AmazonPayUnavailableException.class,
            abortOn = {InvalidBuyerTokenException.class, AmazonPayRejectedException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = {AmazonPayUnavailableException.class, TimeoutException.class},
            skipOn = {InvalidBuyerTokenException.class, AmazonPayRejectedException.class})
    public AmazonBuyer getBuyer(String buyerToken) {
        String keyId = credentials.signer().publicKeyId();
        try (Response response = keyId.startsWith("SANDBOX-") || keyId.startsWith("LIVE-")
                ? api.getBuyer(buyerToken)
                : api.getBuyer(configuration.environment(), buyerToken)) {
            int status = response.getStatus();
            String requestId = response.getHeaderString("x-amz-pay-request-id");
            if (status == 200) {
                return response.readEntity(AmazonBuyer.class);
            }
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (RETRIED.contains(status) || status >= 500) {
                LOG.warning(() -> "Get Buyer answered " + status + " (request " + requestId + ")");
                throw new AmazonPayUnavailableException("Amazon Pay answered " + status);
            }
            if (status == 400 || status == 404) {
                LOG.info(() -> "Get Buyer refused the buyer token: " + status + " " + reasonCode(body) + " (request "
                        + requestId + ")");
                throw new InvalidBuyerTokenException("Amazon Pay refused the buyer token: " + reasonCode(body));
            }
            // 401, 403: our key or configuration is wrong; retrying will not help, and shoppers cannot fix it.
            LOG.severe(() -> "Get Buyer refused our request: " + status + " " + reasonCode(body) + " (request "
                    + requestId + ")");
            throw new AmazonPayRejectedException("Amazon Pay refused Kakehashi's request: " + reasonCode(body));
        } catch (ProcessingException e) {
            LOG.warning(() -> "Get Buyer failed: " + e.getMessage());
            throw new AmazonPayUnavailableException("Amazon Pay could not be reached", e);
        }
    }

    /** Only Amazon's reasonCode, never the rest of a body that may echo personal data. */
    private static String reasonCode(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue answer = reader.readValue();
            String code = answer.getValueType() == JsonValue.ValueType.OBJECT
                    ? answer.asJsonObject().getString("reasonCode", null)
                    : null;
            return code == null ? "(no reasonCode)" : code;
        } catch (JsonException e) {
            return "(no reasonCode)";
        }
    }
}
