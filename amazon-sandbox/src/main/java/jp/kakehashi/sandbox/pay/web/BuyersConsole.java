package jp.kakehashi.sandbox.pay.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import jp.kakehashi.sandbox.pay.PayConfig;
import jp.kakehashi.sandbox.pay.buyer.BuyerToken;
import jp.kakehashi.sandbox.pay.buyer.BuyerTokens;
import jp.kakehashi.sandbox.pay.buyer.TestBuyer;
import jp.kakehashi.sandbox.pay.keys.DemoKeyPair;
import jp.kakehashi.sandbox.pay.keys.MerchantKeys;
import jp.kakehashi.sandbox.pay.signature.AmazonPayAlgorithm;
import jp.kakehashi.sandbox.pay.signature.PssSignatures;
import jp.kakehashi.sandbox.pay.signature.Sha256;

/** The console's Amazon Pay page: test buyers, merchant keys, issued tokens, and a "try sign in" button. */
@Named
@RequestScoped
public class BuyersConsole {

    @jakarta.inject.Inject
    jp.kakehashi.sandbox.pay.buyer.TestBuyerDirectory testBuyers;

    private static final int RECENT_TOKENS = 20;

    @Inject
    PayConfig config;

    @Inject
    MerchantKeys keys;

    @Inject
    BuyerTokens tokens;

    private String payload;
    private String signature;

    public List<TestBuyer> getBuyers() {
        return testBuyers.all();
    }

    public record KeyRow(String publicKeyId, String fingerprint, String source) {}

    /** Public key ids with the SHA-256 of their encoded public key; private keys are never shown. */
    public List<KeyRow> getKeys() {
        return keys.keys().stream()
                .map(key -> new KeyRow(
                        key.publicKeyId(),
                        Sha256.hex(Base64.getEncoder()
                                        .encodeToString(key.publicKey().getEncoded()))
                                .substring(0, 16),
                        key.source()))
                .toList();
    }

    public record TokenRow(
            String token,
            String buyerName,
            String scopes,
            String publicKeyId,
            Instant issuedAt,
            Instant expiresAt,
            boolean expired) {}

    public List<TokenRow> getTokens() {
        Instant now = tokens.now();
        return tokens.recent(RECENT_TOKENS).stream()
                .map(token -> row(token, now))
                .toList();
    }

    private TokenRow row(BuyerToken token, Instant now) {
        String name = testBuyers.byBuyerId(token.buyerId()).map(TestBuyer::name).orElse(token.buyerId());
        String scopes =
                token.scopes().stream().map(scope -> scope.value()).sorted().collect(Collectors.joining(", "));
        return new TokenRow(
                token.token(),
                name,
                scopes,
                token.publicKeyId(),
                token.issuedAt(),
                token.expiresAt(),
                token.isExpiredAt(now));
    }

    public String getMerchantId() {
        return config.merchantId();
    }

    public String getStoreId() {
        return config.storeId();
    }

    public String getDemoPublicKeyId() {
        return keys.demoPublicKeyId();
    }

    public String getDemoPrivateKeyFile() {
        return config.payDir().resolve(DemoKeyPair.PRIVATE_KEY_FILE).toString();
    }

    public String getBuyerTokenLifetime() {
        return config.buyerTokenLifetime().toString();
    }

    public String getAlgorithm() {
        return AmazonPayAlgorithm.V2.headerName();
    }

    /** A SignIn payload whose return URL is the sandbox's own return page (with a query, to show the '&' rule). */
    public String getTryPayload() {
        if (payload == null) {
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
            String returnUrl = origin + request.getContextPath() + "/pay/return.xhtml?from=console";
            payload = Json.createObjectBuilder()
                    .add("signInReturnUrl", returnUrl)
                    .add("storeId", config.storeId())
                    .add(
                            "signInScopes",
                            Json.createArrayBuilder()
                                    .add("name")
                                    .add("email")
                                    .add("postalCode")
                                    .add("shippingAddress")
                                    .add("phoneNumber")
                                    .add("billingAddress"))
                    .build()
                    .toString();
        }
        return payload;
    }

    /** Signed with the generated demo private key, as the merchant's server would sign it. */
    public String getTrySignature() {
        if (signature == null) {
            signature = PssSignatures.sign(AmazonPayAlgorithm.V2, getTryPayload(), keys.demoPrivateKey());
        }
        return signature;
    }

    /** The same signature with its first characters changed: the hosted page must refuse it. */
    public String getTamperedSignature() {
        String valid = getTrySignature();
        String first = valid.startsWith("AAAA") ? "BBBB" : "AAAA";
        return first + valid.substring(4);
    }
}
