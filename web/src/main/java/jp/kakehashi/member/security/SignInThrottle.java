package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import jp.kakehashi.member.application.SignInAttempts;
import jp.kakehashi.shared.crypto.Secrets;
import jp.kakehashi.shared.security.PasswordThrottle;

/**
 * Slows down password guessing at every place a password is checked (login pages, the link form, HTTP Basic on the
 * APIs, the app's password grant, the admin sign-in). Failures count per account and per source address apart:
 * <ul>
 * <li>{@value #MAX_PER_ACCOUNT_AND_ADDRESS} for one account from one address within {@link #WINDOW}: that address is
 * refused for that account until the oldest attempt leaves the window;</li>
 * <li>{@value #MAX_PER_ADDRESS} from one address for any accounts within {@link #WINDOW}: that address is refused for
 * all. Attempts followed by the right password are forgotten, so members behind one shared address who mistype and then
 * sign in do not add up; only guesses that never succeeded do;</li>
 * <li>{@value #MAX_PER_ACCOUNT} for one account from any addresses within {@link #ACCOUNT_WINDOW}: the account is
 * refused for the rest of that short window. A guess spread over many addresses is slowed to that pace, and its owner
 * waits a minute at most, never locked out for long.</li>
 * </ul>
 * The address is what Liberty's remoteIp resolved: X-Forwarded-For only from a trusted proxy (kakehashi.trusted-proxies).
 * <ul>
 * <li>An attempt is reserved before the password is checked (and forgotten when it was right): guesses sent at once
 * count one each, however many run in parallel.</li>
 * <li>An IPv6 address counts by its /64, what one subscriber is usually given; an IPv4 address by itself.</li>
 * <li>Attempts are kept in the database ({@link SignInAttempts}): every server of a cluster counts the same ones.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInThrottle implements PasswordThrottle {

    static final int MAX_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int MAX_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_PER_ACCOUNT = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(1);

    /** How long a refused address waits at most (an API's Retry-After). */
    public static Duration window() {
        return WINDOW;
    }

    @Override
    public Duration retryAfter() {
        return WINDOW;
    }

    private SignInAttempts attempts;
    private Supplier<Instant> clock;

    protected SignInThrottle() {
        // for CDI's proxy
    }

    @Inject
    public SignInThrottle(SignInAttempts attempts) {
        this(attempts, Instant::now);
    }

    SignInThrottle(SignInAttempts attempts, Supplier<Instant> clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Whether a password attempt for this account from this address would be refused now (a page's early answer). */
    public boolean isBlocked(String account, String address) {
        String addressKey = addressKey(address);
        return attempts.isBlocked(pairKey(account, addressKey), addressKey, limits(clock.get()));
    }

    /**
     * Reserves an attempt before the password is checked: false (nothing reserved) when the account or the address
     * has used up its attempts. A reserved attempt counts as failed until {@link #succeeded} forgets it.
     */
    @Override
    public boolean tryAttempt(String account, String address) {
        Instant now = clock.get();
        String addressKey = addressKey(address);
        return attempts.reserve(pairKey(account, addressKey), addressKey, now, limits(now))
                .isPresent();
    }

    /** The right password: the pair's attempts no longer count. */
    @Override
    public void succeeded(String account, String address) {
        attempts.forget(pairKey(account, addressKey(address)));
    }

    private static SignInAttempts.Limits limits(Instant now) {
        return new SignInAttempts.Limits(
                now.minus(WINDOW),
                MAX_PER_ACCOUNT_AND_ADDRESS,
                MAX_PER_ADDRESS,
                now.minus(ACCOUNT_WINDOW),
                MAX_PER_ACCOUNT);
    }

    /** The account, normalized and hashed (the table keeps no e-mail address), with the address it was tried from. */
    static String pairKey(String account, String addressKey) {
        String normalized = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return Secrets.sha256Hex(normalized) + "|" + addressKey;
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 prefix. */
    static String addressKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(
                    address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address.length() <= 64 ? address : address.substring(0, 64);
        }
    }
}
