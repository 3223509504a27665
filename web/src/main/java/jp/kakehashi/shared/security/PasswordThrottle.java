package jp.kakehashi.shared.security;

import java.time.Duration;

/**
 * What the sign-in needs of the throttle on password guesses, which the member feature keeps (its attempts are stored
 * with the members): shared depends on no feature, so the feature implements this port.
 */
public interface PasswordThrottle {

    /**
     * Reserves an attempt before the password is checked: false (nothing reserved) when the account or the address
     * has used up its attempts.
     */
    boolean tryAttempt(String account, String address);

    /** The right password: the attempts of this account from this address no longer count. */
    void succeeded(String account, String address);

    /** How long a refused caller waits at most (an API's Retry-After). */
    Duration retryAfter();
}
