package jp.kakehashi.sandbox.lwa.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import jp.kakehashi.sandbox.lwa.DeviceModels;
import jp.kakehashi.sandbox.lwa.LwaClients;
import jp.kakehashi.sandbox.lwa.PreRegisteredDevices;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.LwaClient;
import jp.kakehashi.sandbox.lwa.domain.LwaError;
import jp.kakehashi.sandbox.lwa.domain.PreRegisteredDevice;

/**
 * {@code POST /auth/o2/token}'s grants: {@code device_preregistration} (Amazon's DRS pre-registration guide), {@code refresh_token} and
 * {@code authorization_code}. Checks run in this order, and the first failure answers: required parameters
 * (400 {@code invalid_request}), client credentials (401 {@code invalid_client}), then the grant itself.
 */
@ApplicationScoped
public class TokenGrants {

    public static final String DASH_REPLENISH = "dash:replenish";

    private LwaClients clients;
    private DeviceModels models;
    private PreRegisteredDevices devices;
    private IssuedTokens tokens;
    private AuthorizationCodes codes;

    protected TokenGrants() {}

    @Inject
    public TokenGrants(
            LwaClients clients,
            DeviceModels models,
            PreRegisteredDevices devices,
            IssuedTokens tokens,
            AuthorizationCodes codes) {
        this.clients = clients;
        this.models = models;
        this.devices = devices;
        this.tokens = tokens;
        this.codes = codes;
    }

    public TokenResponse handle(TokenRequest request) {
        String grantType = request.required("grant_type");
        return switch (grantType) {
            case "device_preregistration" -> devicePreregistration(request);
            case "refresh_token" -> refreshToken(request);
            case "authorization_code" -> authorizationCode(request);
            default ->
                throw new LwaError(
                        400,
                        "unsupported_grant_type",
                        "The authorization grant type is not supported by the authorization server : " + grantType);
        };
    }

    private TokenResponse devicePreregistration(TokenRequest request) {
        String clientId = request.required("client_id");
        String clientSecret = request.required("client_secret");
        String scope = request.required("scope");
        String scopeData = request.required("scope_data");
        LwaClient client = clients.authenticate(clientId, clientSecret);
        if (!Arrays.asList(scope.trim().split("\\s+")).contains(DASH_REPLENISH)) {
            throw new LwaError(400, "invalid_scope", "The request has an invalid parameter : scope");
        }
        ScopeData device = ScopeData.ofPreregistration(scopeData);
        // The DRS pre-registration guide's errors: model not launched; launched under other credentials; serial not
        // pre-registered.
        DeviceModel model = models.find(device.deviceModel())
                .orElseThrow(() -> new LwaError(
                        400,
                        "invalid_scope",
                        "The device model is not launched for Dash Replenishment : device_model"));
        if (!model.usableBy(client.clientId())) {
            throw new LwaError(
                    400,
                    "unauthorized_client",
                    "The device model is launched under other LWA credentials : device_model");
        }
        PreRegisteredDevice registered = devices.find(model.modelId(), device.deviceSerialNumber())
                .orElseThrow(() ->
                        LwaError.invalidGrant("The device serial number is not pre-registered : device_serial_number"));
        return tokens.issue(new TokenSubject(
                client.clientId(),
                registered.directedCustomerId(),
                model.modelId(),
                registered.serial(),
                DASH_REPLENISH,
                !model.whitelisted()));
    }

    private TokenResponse refreshToken(TokenRequest request) {
        String refreshToken = request.required("refresh_token");
        String clientId = request.required("client_id");
        String clientSecret = request.required("client_secret");
        LwaClient client = clients.authenticate(clientId, clientSecret);
        return tokens.refresh(refreshToken, client.clientId());
    }

    private TokenResponse authorizationCode(TokenRequest request) {
        String code = request.required("code");
        String redirectUri = request.required("redirect_uri");
        String clientId = request.required("client_id");
        String clientSecret = request.required("client_secret");
        LwaClient client = clients.authenticate(clientId, clientSecret);
        // Redeeming spends the code even when a later check fails: a code is tried once.
        AuthorizationCodes.Consent consent = codes.redeem(code)
                .filter(granted -> granted.clientId().equals(client.clientId()))
                .orElseThrow(() -> LwaError.invalidGrant("The request has an invalid grant parameter : code"));
        if (!consent.redirectUri().equals(redirectUri)) {
            throw LwaError.invalidGrant("The request has an invalid grant parameter : redirect_uri");
        }
        String verifier = request.optional("code_verifier").orElse(null);
        if (consent.codeChallenge() != null) {
            if (verifier == null) {
                throw LwaError.invalidRequest("The request is missing a required parameter : code_verifier");
            }
            if (!Pkce.verifies(consent.codeChallenge(), consent.codeChallengeMethod(), verifier)) {
                throw LwaError.invalidGrant("The request has an invalid grant parameter : code_verifier");
            }
        } else if (verifier != null) {
            throw LwaError.invalidGrant("The request has an invalid grant parameter : code_verifier");
        }
        return tokens.issue(new TokenSubject(
                client.clientId(),
                consent.directedCustomerId(),
                consent.modelId(),
                consent.serial(),
                DASH_REPLENISH,
                consent.replenishmentAllowed()));
    }
}
