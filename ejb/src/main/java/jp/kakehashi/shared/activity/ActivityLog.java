package jp.kakehashi.shared.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * This server's activity over the last hour, per minute, for the admin dashboard. Kept in memory: counting must cost
 * nothing on the SNS and sign-in paths; a restart starts the hour again, and each server counts its own.
 */
@ApplicationScoped
public class ActivityLog {

    public static final int WINDOW_MINUTES = 60;

    private final ActivityCounts counts = new ActivityCounts(Clock.systemUTC(), WINDOW_MINUTES);

    public void record(Activity activity) {
        counts.record(activity);
    }

    public List<ActivityCounts.MinuteCount> lastHour(Activity activity) {
        return counts.perMinute(activity);
    }

    public long lastHourTotal(Activity activity) {
        return counts.total(activity);
    }
}
