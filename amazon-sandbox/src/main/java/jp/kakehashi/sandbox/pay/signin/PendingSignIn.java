package jp.kakehashi.sandbox.pay.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * A verified button click, waiting on the hosted page for the shopper to sign in and continue.
 *
 * @param language "ja" or "en", from checkoutLanguage
 */
public record PendingSignIn(String id, SignInPayload payload, String publicKeyId, String language, Instant expiresAt)
        implements Serializable {}
