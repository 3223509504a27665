package jp.kakehashi.signin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A buyerToken that has been used, by its SHA-256: never the token itself. */
@Entity
@Table(name = "redeemed_buyer_token")
public class RedeemedBuyerToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "redeemed_at", nullable = false)
    private Instant redeemedAt;

    protected RedeemedBuyerToken() {
        // for JPA
    }

    public RedeemedBuyerToken(String tokenHash, Instant redeemedAt) {
        this.tokenHash = tokenHash;
        this.redeemedAt = redeemedAt;
    }
}
