package jp.kakehashi.shared.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.kakehashi.testing.MutableClock;
import org.junit.jupiter.api.Test;

class ActivityCountsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:30Z"));
    private final ActivityCounts counts = new ActivityCounts(clock, 60);

    @Test
    void countsEachMinuteSeparatelyWithTheCurrentMinuteLast() {
        counts.record(Activity.SNS_RECEIVED);
        counts.record(Activity.SNS_RECEIVED);
        clock.advance(Duration.ofMinutes(1));
        counts.record(Activity.SNS_RECEIVED);

        List<ActivityCounts.MinuteCount> series = counts.perMinute(Activity.SNS_RECEIVED);

        assertEquals(60, series.size());
        assertEquals(1, series.get(59).count());
        assertEquals(Instant.parse("2026-11-30T10:01:00Z"), series.get(59).minute());
        assertEquals(2, series.get(58).count());
        assertEquals(3, counts.total(Activity.SNS_RECEIVED));
        assertEquals(0, counts.total(Activity.SIGN_IN), "activities are counted apart");
    }

    @Test
    void aMinuteOlderThanTheWindowIsForgottenWhenItsSlotComesRoundAgain() {
        counts.record(Activity.TOKEN_EXCHANGE);
        clock.advance(Duration.ofMinutes(60));

        assertEquals(0, counts.total(Activity.TOKEN_EXCHANGE), "an hour later it is outside the window");
        counts.record(Activity.TOKEN_EXCHANGE);
        assertEquals(1, counts.total(Activity.TOKEN_EXCHANGE), "the reused slot starts from zero");
    }
}
