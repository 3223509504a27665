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

    private Await() {
    }

    public static <T> T present(Supplier<Optional<T>> lookup) {
        return present(lookup, DEFAULT);
    }

    public static <T> T present(Supplier<Optional<T>> lookup, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = lookup.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("not there within " + timeout);
    }
}
