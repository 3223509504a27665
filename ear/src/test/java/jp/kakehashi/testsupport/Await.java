package jp.kakehashi.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for something the server does asynchronously (a message consumed, a notification delivered). Also used inside
 * the server by Arquillian tests: add it to their archive.
 */
public final class Await {

    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private Await() {}

    public static <T> T present(Supplier<Optional<T>> lookup) {
        return present(lookup, DEFAULT);
    }

    public static <T> T present(Supplier<Optional<T>> lookup, Duration timeout) {
        return present(lookup, timeout, Duration.ofMillis(100));
    }

    /** @param every how long between two looks, for lookups that cost (a sign-in, a call through a circuit breaker) */
    public static <T> T present(Supplier<Optional<T>> lookup, Duration timeout, Duration every) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = lookup.get();
            if (found.isPresent()) {
                return found.get();
            }
            pause(every);
        }
        throw new AssertionError("not there within " + timeout);
    }

    /**
     * Looks every {@code every} until {@code done} holds for what it sees, for {@code timeout} at most; on timeout the
     * assertion error describes the last thing seen (how many of how many, the last answer).
     */
    public static <T> T until(
            Supplier<T> look,
            java.util.function.Predicate<T> done,
            Duration timeout,
            Duration every,
            java.util.function.Function<T, String> describe) {
        Instant deadline = Instant.now().plus(timeout);
        T seen = look.get();
        while (!done.test(seen)) {
            if (!Instant.now().isBefore(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + describe.apply(seen));
            }
            pause(every);
            seen = look.get();
        }
        return seen;
    }

    /**
     * For what must not happen (a duplicate stored, a retry sent): checks {@code holds} through {@code period}, and
     * fails as soon as it does not. Passing proves only "not within the period", which is why the period is named.
     */
    public static void holdsFor(Duration period, String what, java.util.function.BooleanSupplier holds) {
        Instant end = Instant.now().plus(period);
        do {
            if (!holds.getAsBoolean()) {
                throw new AssertionError("no longer true: " + what);
            }
            pause(Duration.ofMillis(100));
        } while (Instant.now().isBefore(end));
        if (!holds.getAsBoolean()) {
            throw new AssertionError("no longer true: " + what);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
