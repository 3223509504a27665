package jp.kakehashi.admin.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts per activity and minute over a sliding window, without locks: one ring of counters per activity, each slot
 * stamped with the minute it holds so that a slot is cleared when the ring comes round to it again.
 */
public final class ActivityCounts {

    private final Clock clock;
    private final int minutes;
    private final Map<Activity, AtomicLongArray> counts = new EnumMap<>(Activity.class);
    private final Map<Activity, AtomicLongArray> stamps = new EnumMap<>(Activity.class);

    public ActivityCounts(Clock clock, int minutes) {
        this.clock = clock;
        this.minutes = minutes;
        for (Activity activity : Activity.values()) {
            counts.put(activity, new AtomicLongArray(minutes));
            stamps.put(activity, new AtomicLongArray(minutes));
        }
    }

    public void record(Activity activity) {
        long minute = minuteOf(clock.instant());
        int slot = (int) (minute % minutes);
        AtomicLongArray stamp = stamps.get(activity);
        AtomicLongArray count = counts.get(activity);
        long held = stamp.get(slot);
        if (held != minute && stamp.compareAndSet(slot, held, minute)) {
            count.set(slot, 0);
        }
        count.incrementAndGet(slot);
    }

    /** The last {@code minutes} minutes, oldest first, the current minute last. */
    public List<MinuteCount> perMinute(Activity activity) {
        long now = minuteOf(clock.instant());
        List<MinuteCount> series = new ArrayList<>(minutes);
        for (long minute = now - minutes + 1; minute <= now; minute++) {
            int slot = (int) (minute % minutes);
            long value = stamps.get(activity).get(slot) == minute ? counts.get(activity).get(slot) : 0;
            series.add(new MinuteCount(Instant.EPOCH.plus(minute, ChronoUnit.MINUTES), value));
        }
        return series;
    }

    public long total(Activity activity) {
        return perMinute(activity).stream().mapToLong(MinuteCount::count).sum();
    }

    private static long minuteOf(Instant instant) {
        return instant.getEpochSecond() / 60;
    }

    public record MinuteCount(Instant minute, long count) {
    }
}
