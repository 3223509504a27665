package jp.kakehashi.shared.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts per activity and minute over a sliding window, without locks: one ring of slots per activity, each slot one
 * long holding the minute (high 32 bits) and its count (low 32 bits), updated by compare-and-set, so that a slot is
 * restarted for a new minute and counted in one step.
 */
public final class ActivityCounts {

    private final Clock clock;
    private final int minutes;
    private final Map<Activity, AtomicLongArray> slots = new EnumMap<>(Activity.class);

    public ActivityCounts(Clock clock, int minutes) {
        this.clock = clock;
        this.minutes = minutes;
        for (Activity activity : Activity.values()) {
            slots.put(activity, new AtomicLongArray(minutes));
        }
    }

    public void record(Activity activity) {
        long minute = minuteOf(clock.instant());
        int slot = (int) (minute % minutes);
        AtomicLongArray ring = slots.get(activity);
        ring.accumulateAndGet(slot, minute, (held, now) -> minuteIn(held) == now ? held + 1 : (now << 32) | 1);
    }

    /** The last {@code minutes} minutes, oldest first, the current minute last. */
    public List<MinuteCount> perMinute(Activity activity) {
        long now = minuteOf(clock.instant());
        List<MinuteCount> series = new ArrayList<>(minutes);
        for (long minute = now - minutes + 1; minute <= now; minute++) {
            int slot = (int) (minute % minutes);
            long held = slots.get(activity).get(slot);
            long value = minuteIn(held) == minute ? held & COUNT_MASK : 0;
            series.add(new MinuteCount(Instant.EPOCH.plus(minute, ChronoUnit.MINUTES), value));
        }
        return series;
    }

    public long total(Activity activity) {
        return perMinute(activity).stream().mapToLong(MinuteCount::count).sum();
    }

    private static final long COUNT_MASK = 0xFFFF_FFFFL;

    private static long minuteIn(long slot) {
        return slot >>> 32;
    }

    private static long minuteOf(Instant instant) {
        return instant.getEpochSecond() / 60;
    }

    public record MinuteCount(Instant minute, long count) {}
}
