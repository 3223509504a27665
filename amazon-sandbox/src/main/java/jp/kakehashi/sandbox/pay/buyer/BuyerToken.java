package jp.kakehashi.sandbox.pay.buyer;

import java.time.Instant;
import java.util.Set;

/** A buyerToken handed to the merchant's return URL, with what the signed payload asked for. */
public record BuyerToken(
        String token, String buyerId, Set<Scope> scopes, String publicKeyId, Instant issuedAt, Instant expiresAt) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
