package jp.kakehashi.signin.application;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import jp.kakehashi.shared.crypto.Secrets;
import jp.kakehashi.signin.domain.RedeemedBuyerToken;

/**
 * Each buyerToken signs in once, on whichever server: a token that leaked (browser history, logs, a proxy) is
 * worthless even with a fresh state of another session. Only a hash is kept, and only as long as a token can live.
 */
@Singleton
@Lock(LockType.READ)
public class BuyerTokenRedemption {

    /** What Amazon's tokens are made of (a UUID in Amazon Pay's Amazon Sign-in guide); anything else never reaches Amazon. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,1024}");

    private static final Duration KEPT_FOR = Duration.ofDays(1);

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    public static boolean isWellFormed(String buyerToken) {
        return buyerToken != null && TOKEN.matcher(buyerToken).matches();
    }

    /** @return true the first time a token is presented, false ever after */
    public boolean redeem(String buyerToken) {
        String hash = Secrets.sha256Hex(buyerToken);
        if (entityManager.find(RedeemedBuyerToken.class, hash) != null) {
            return false;
        }
        try {
            entityManager.persist(new RedeemedBuyerToken(hash, clock.instant()));
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            // Redeemed at the same moment elsewhere.
            return false;
        }
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void forgetOldTokens() {
        entityManager
                .createQuery("DELETE FROM RedeemedBuyerToken t WHERE t.redeemedAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(KEPT_FOR))
                .executeUpdate();
    }
}
