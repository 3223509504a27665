package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.MemberAdministration;
import jp.kakehashi.admin.application.QueueAdministration;
import jp.kakehashi.admin.application.QueueStatus;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityCounts;
import jp.kakehashi.shared.activity.ActivityLog;
import jp.kakehashi.sns.application.SnsNotificationService;

/** The dashboard: counts, queue depths, and per-minute charts of the last hour drawn as SVG on the server. */
@Named
@RequestScoped
public class AdminDashboard {

    static final int CHART_HEIGHT = 120;
    static final int BAR_WIDTH = 3;
    static final int MINUTE_WIDTH = 10;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private QueueAdministration queues;

    @Inject
    private DeviceAdministration devices;

    @Inject
    private MemberAdministration members;

    @Inject
    private SnsNotificationService notifications;

    public long getMembers() {
        return members.countMembers();
    }

    public long getDevices() {
        return devices.countDevices();
    }

    private jp.kakehashi.drs.application.ReplenishmentDashboard.Counts replenishment;

    /** Orders open and in doubt, DRS calls failed in the last 24 hours, subscription reads waiting. */
    public jp.kakehashi.drs.application.ReplenishmentDashboard.Counts getReplenishment() {
        if (replenishment == null) {
            replenishment = devices.replenishmentCounts();
        }
        return replenishment;
    }

    public long getParked() {
        return notifications.countParked();
    }

    public List<QueueStatus> getQueues() {
        return queues.queues();
    }

    public long total(String activity) {
        return activityLog.lastHourTotal(Activity.valueOf(activity));
    }

    public Chart getNotificationChart() {
        return chart(Activity.SNS_RECEIVED, Activity.NOTIFICATION_PROCESSED, Activity.NOTIFICATION_FAILED);
    }

    public Chart getSignInChart() {
        return chart(Activity.SIGN_IN, Activity.TOKEN_EXCHANGE, Activity.TOKEN_REFRESH);
    }

    /** Up to three series side by side in each minute's slot, scaled to the busiest minute. */
    private Chart chart(Activity... activities) {
        List<List<ActivityCounts.MinuteCount>> series = new ArrayList<>();
        long max = 1;
        for (Activity activity : activities) {
            List<ActivityCounts.MinuteCount> counts = activityLog.lastHour(activity);
            series.add(counts);
            max = Math.max(
                    max,
                    counts.stream()
                            .mapToLong(ActivityCounts.MinuteCount::count)
                            .max()
                            .orElse(0));
        }
        List<Bar> bars = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<ActivityCounts.MinuteCount> counts = series.get(s);
            for (int minute = 0; minute < counts.size(); minute++) {
                long count = counts.get(minute).count();
                if (count > 0) {
                    int height = (int) Math.max(1, count * CHART_HEIGHT / max);
                    bars.add(new Bar(
                            minute * MINUTE_WIDTH + s * BAR_WIDTH,
                            CHART_HEIGHT - height,
                            height,
                            "chart__bar chart__bar--" + s,
                            activities[s].name() + " " + counts.get(minute).minute() + ": " + count));
                }
            }
        }
        return new Chart(ActivityLog.WINDOW_MINUTES * MINUTE_WIDTH, CHART_HEIGHT, max, List.of(activities), bars);
    }

    public record Chart(int width, int height, long max, List<Activity> series, List<Bar> bars) {}

    public record Bar(int x, int y, int height, String styleClass, String title) {

        public int getWidth() {
            return BAR_WIDTH;
        }
    }
}
