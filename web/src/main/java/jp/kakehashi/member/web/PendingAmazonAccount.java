package jp.kakehashi.member.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.kakehashi.member.domain.AmazonBuyerProfile;

/**
 * The Amazon account a shopper has just signed in with that belongs to no member yet: kept for this session only,
 * so that the registration form can be pre-filled or an existing account linked.
 */
@SessionScoped
public class PendingAmazonAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Long enough to register or link; short enough that the next person at a shared browser finds nothing. */
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private AmazonBuyerProfile profile;
    private Instant heldSince;

    public void hold(AmazonBuyerProfile profile) {
        this.profile = profile;
        this.heldSince = Instant.now();
    }

    public Optional<AmazonBuyerProfile> profile() {
        if (profile != null && heldSince.plus(LIFETIME).isBefore(Instant.now())) {
            clear();
        }
        return Optional.ofNullable(profile);
    }

    public void clear() {
        profile = null;
        heldSince = null;
    }
}
