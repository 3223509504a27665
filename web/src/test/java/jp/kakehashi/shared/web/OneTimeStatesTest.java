package jp.kakehashi.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeStatesTest {

    @Test
    void aStateIsGoodOnceAndCarriesItsValue() {
        OneTimeStates<String> states = new OneTimeStates<>(Duration.ofMinutes(5), 10);
        String state = states.issue("LOGIN");

        assertEquals(Optional.of("LOGIN"), states.consume(state));
        assertEquals(Optional.empty(), states.consume(state));
        assertEquals(Optional.empty(), states.consume("forged"));
        assertEquals(Optional.empty(), states.consume(null));
    }

    @Test
    void statesAreUnguessableAndDistinct() {
        OneTimeStates<String> states = new OneTimeStates<>(Duration.ofMinutes(5), 1000);
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String state = states.issue("x");
            assertTrue(state.length() >= 43, state);
            issued.add(state);
        }
        assertEquals(200, issued.size());
    }

    @Test
    void whenTooManyArePendingTheOldestGoesAndTheOthersStay() {
        OneTimeStates<Integer> states = new OneTimeStates<>(Duration.ofMinutes(5), 3);
        String first = states.issue(1);
        sleepAMoment();
        String second = states.issue(2);
        String third = states.issue(3);
        String fourth = states.issue(4);

        assertEquals(Optional.empty(), states.consume(first));
        assertEquals(Optional.of(2), states.consume(second));
        assertEquals(Optional.of(3), states.consume(third));
        assertEquals(Optional.of(4), states.consume(fourth));
    }

    @Test
    void anExpiredStateIsRefused() {
        OneTimeStates<String> states = new OneTimeStates<>(Duration.ofMillis(1), 10);
        String state = states.issue("x");
        sleepAMoment();

        assertEquals(Optional.empty(), states.consume(state));
    }

    private static void sleepAMoment() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
