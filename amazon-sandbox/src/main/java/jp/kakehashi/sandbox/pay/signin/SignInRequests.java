package jp.kakehashi.sandbox.pay.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kakehashi.sandbox.pay.PayConfig;
import jp.kakehashi.sandbox.pay.buyer.BuyerToken;
import jp.kakehashi.sandbox.pay.buyer.BuyerTokens;
import jp.kakehashi.sandbox.pay.buyer.TestBuyer;
import jp.kakehashi.sandbox.pay.keys.MerchantKeys;

/** Button clicks in progress on the hosted page, from the verified click to the redirect with a buyerToken. */
@ApplicationScoped
public class SignInRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PendingSignIn> pending = new ConcurrentHashMap<>();

    @Inject
    PayConfig config;

    @Inject
    MerchantKeys keys;

    @Inject
    BuyerTokens tokens;

    private final Clock clock = Clock.systemUTC();

    /** @throws SignInRejected when the button's configuration is refused */
    public PendingSignIn start(ButtonConfig button) {
        ButtonConfigValidator.ValidSignIn valid =
                new ButtonConfigValidator(keys, config.merchantId(), config.storeId()).validate(button);
        pending.values().removeIf(signIn -> signIn.expiresAt().isBefore(clock.instant()));
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        PendingSignIn signIn = new PendingSignIn(
                HexFormat.of().formatHex(id),
                valid.payload(),
                valid.publicKeyId(),
                valid.language(),
                clock.instant().plus(config.signInLifetime()));
        pending.put(signIn.id(), signIn);
        return signIn;
    }

    public Optional<PendingSignIn> find(String id) {
        return Optional.ofNullable(id)
                .map(pending::get)
                .filter(signIn -> signIn.expiresAt().isAfter(clock.instant()));
    }

    /** Issues the buyer's token and gives the URL to send the shopper to; the sign-in cannot be completed twice. */
    public Optional<String> complete(String id, TestBuyer buyer) {
        return find(id).filter(signIn -> pending.remove(id, signIn)).map(signIn -> {
            BuyerToken token =
                    tokens.issue(buyer, new LinkedHashSet<>(signIn.payload().signInScopes()), signIn.publicKeyId());
            return ReturnUrls.withBuyerToken(signIn.payload().signInReturnUrl(), token.token());
        });
    }
}
