package jp.kakehashi.drs.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import jp.kakehashi.drs.application.LoginWithAmazon;
import jp.kakehashi.drs.application.LoginWithAmazonAnswerLostException;
import jp.kakehashi.drs.application.LoginWithAmazonConfiguration;
import jp.kakehashi.drs.application.LoginWithAmazonUnavailableException;
import jp.kakehashi.drs.application.TokenExchangeRefusedException;
import jp.kakehashi.drs.application.TokenExchangeRefusedException.Reason;
import jp.kakehashi.drs.domain.TokenGrant;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Login with Amazon's token endpoint over the REST client: the grants of the DRS pre-registration guide and of the standard DRS setup.
 * Refusals are mapped to {@link Reason}s; tokens never reach a log. Retries follow what a grant spends:
 * <ul>
 * <li>{@code device_preregistration} spends nothing (Amazon answers every exchange for the serial with new tokens), so
 * every transient failure is retried, a lost answer too;</li>
 * <li>an authorization code and a refresh token may be spent by Amazon on first use, so a request that may have reached
 * Amazon ({@link LoginWithAmazonAnswerLostException}: read timeout, cut answer, 500/502/504) is never repeated here;
 * only one that Amazon did not act on (a refused connection, 408, 429, 503) is.</li>
 * </ul>
 * Outside any transaction: no database connection is held while Amazon answers. An application-scoped bean, not a
 * session bean: Liberty creates the Fault Tolerance interceptor of a session bean anew on every call, through a lock
 * that concurrent calls queue on (bench/README.md, "Token exchange"); a CDI bean keeps one. So one REST client, and
 * its one connection pool, serves every caller: a call that finds every connection in use waits within its @Timeout.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LoginWithAmazonGateway implements LoginWithAmazon {

    /** Looked up once: {@code Json.create...} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(LoginWithAmazonGateway.class.getName());

    @Inject
    @RestClient
    private LoginWithAmazonApi api;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = LoginWithAmazonUnavailableException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = LoginWithAmazonUnavailableException.class)
    public TokenGrant exchangePreRegistration(String modelId, String serialNumber) {
        String scopeData = JSON.createObjectBuilder()
                .add(
                        "product_instance_attributes",
                        JSON.createObjectBuilder()
                                .add("device_serial_number", serialNumber)
                                .add("device_model", modelId))
                .build()
                .toString();
        return request(
                credentials(new Form()
                        .param("grant_type", "device_preregistration")
                        .param("scope", "dash:replenish")
                        .param("scope_data", scopeData)),
                "device_preregistration");
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            jitter = 200,
            retryOn = LoginWithAmazonUnavailableException.class,
            abortOn = LoginWithAmazonAnswerLostException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = LoginWithAmazonUnavailableException.class)
    public TokenGrant exchangeAuthorizationCode(String code, String redirectUri) {
        return request(
                credentials(new Form()
                        .param("grant_type", "authorization_code")
                        .param("code", code)
                        .param("redirect_uri", redirectUri)),
                "authorization_code");
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            jitter = 200,
            retryOn = LoginWithAmazonUnavailableException.class,
            abortOn = LoginWithAmazonAnswerLostException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = LoginWithAmazonUnavailableException.class)
    public TokenGrant refresh(String refreshToken) {
        return request(
                credentials(new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken)),
                "refresh_token");
    }

    private Form credentials(Form form) {
        return form.param("client_id", configuration.clientId()).param("client_secret", configuration.clientSecret());
    }

    private TokenGrant request(Form form, String grant) {
        try (Response response = api.token(form)) {
            int status = response.getStatus();
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (status == 200) {
                return grant(body);
            }
            if (status == 408 || status == 429 || status == 503) {
                LOG.warning(() -> "Login with Amazon answered " + status + " to a " + grant + " request");
                throw new LoginWithAmazonUnavailableException("Login with Amazon answered " + status);
            }
            if (status >= 500) {
                LOG.warning(() -> "Login with Amazon answered " + status + " to a " + grant
                        + " request: it may have acted on it");
                throw new LoginWithAmazonAnswerLostException("Login with Amazon answered " + status);
            }
            String error = errorCode(body);
            Reason reason = LwaErrors.reason(status, error, grant);
            LOG.info(() ->
                    "Login with Amazon refused a " + grant + " request: " + status + " " + error + " (" + reason + ")");
            throw new TokenExchangeRefusedException(reason, "Login with Amazon refused the request: " + error);
        } catch (ProcessingException e) {
            if (neverSent(e)) {
                throw new LoginWithAmazonUnavailableException("Login with Amazon could not be reached", e);
            }
            LOG.warning(() -> "The answer to a " + grant + " request was lost: " + e.getMessage());
            throw new LoginWithAmazonAnswerLostException("The answer of Login with Amazon was lost", e);
        }
    }

    /** The connection was never made, so Amazon cannot have seen the request. */
    static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private TokenGrant grant(String body) {
        // Amazon may have issued (and spent a grant for) tokens we cannot read
        return LwaTokenAnswer.read(body, clock.instant())
                .orElseThrow(() ->
                        new LoginWithAmazonAnswerLostException("Login with Amazon answered 200 without usable tokens"));
    }

    private static String errorCode(String body) {
        try {
            return JSON.createReader(new StringReader(body)).readObject().getString("error", "(none)");
        } catch (JsonException | ClassCastException e) {
            return "(not JSON)";
        }
    }
}
