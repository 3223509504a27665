package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slows down password guessing at every place a password is checked (login pages, the link form, HTTP Basic on the
 * APIs): after {@value #MAX_PER_ACCOUNT_AND_ADDRESS} failures for one account from one address, or
 * {@value #MAX_PER_ADDRESS} from one address for any accounts, within {@link #WINDOW}, that address is refused for the
 * account (or for all) until the oldest failure leaves the window. Never by account alone, so that nobody can lock a
 * member out from elsewhere. Kept in memory: each server of a cluster counts its own.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int MAX_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final Supplier<Instant> clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle() {
        this(Instant::now);
    }

    SignInThrottle(Supplier<Instant> clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String account, String address) {
        Instant since = clock.get().minus(WINDOW);
        return recent(pairKey(account, address), since) >= MAX_PER_ACCOUNT_AND_ADDRESS
                || recent(addressKey(address), since) >= MAX_PER_ADDRESS;
    }

    public void failed(String account, String address) {
        Instant now = clock.get();
        record(pairKey(account, address), now);
        record(addressKey(address), now);
        if (failures.size() > PRUNE_ABOVE) {
            Instant since = now.minus(WINDOW);
            failures.keySet().removeIf(key -> recent(key, since) == 0);
        }
    }

    /** A correct password from this address: its earlier failures for the account no longer count. */
    public void succeeded(String account, String address) {
        failures.remove(pairKey(account, address));
    }

    private void record(String key, Instant at) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
            while (times.size() > MAX_PER_ADDRESS) {
                times.removeFirst();
            }
        }
    }

    private int recent(String key, Instant since) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String pairKey(String account, String address) {
        return "pair:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
