package jp.kakehashi.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    /** A filter's choices, as a list would have them. */
    private enum Outcome {
        OK,
        FAILED
    }

    @Test
    void aPageHoldsFiftyRowsUnlessAskedAndAtMostAHundred() {
        assertEquals(50, PageRequest.of(null, null).limit());
        assertEquals(50, PageRequest.of(null, " ").limit());
        assertEquals(100, PageRequest.of(null, "100").limit());
        assertEquals(1, PageRequest.of(null, "1").limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-5", "ten", "1e3"})
    void anyOtherLimitIsRefused(String limit) {
        assertEquals(
                BadListRequestException.Problem.LIMIT,
                assertThrows(BadListRequestException.class, () -> PageRequest.of(null, limit))
                        .getProblem());
    }

    @Test
    void aPeriodIsWholeDaysInJapan() {
        Period period = Period.parse("2026-12-01", "2026-12-01");
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), period.start());
        assertEquals(Instant.parse("2026-12-01T15:00:00Z"), period.end());
        assertNull(Period.parse("", null).start());
        assertEquals(
                LocalDate.of(2026, 12, 31), Period.parse(null, "2026-12-31").to());
    }

    @Test
    void aBadDateOrAnInvertedRangeIsRefused() {
        assertEquals(
                BadListRequestException.Problem.DATE,
                assertThrows(BadListRequestException.class, () -> Period.parse("31/12/2026", null))
                        .getProblem());
        assertThrows(BadListRequestException.class, () -> Period.parse("2026-12-02", "2026-12-01"));
    }

    @Test
    void aChoiceIsOneOfItsValuesInAnyCase() {
        assertEquals(Outcome.FAILED, Choice.of(Outcome.class, "outcome", "failed"));
        assertNull(Choice.of(Outcome.class, "outcome", ""));
        BadListRequestException refused =
                assertThrows(BadListRequestException.class, () -> Choice.of(Outcome.class, "outcome", "maybe"));
        assertEquals("outcome must be one of OK, FAILED", refused.getMessage());
    }

    @Test
    void likeWildcardsAreSearchedForLiterally() {
        assertEquals("100\\%\\_a\\\\b", KeysetQuery.escapeLike("100%_a\\b"));
    }
}
