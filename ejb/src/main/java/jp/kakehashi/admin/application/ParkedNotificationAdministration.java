package jp.kakehashi.admin.application;

import java.util.List;
import jp.kakehashi.sns.application.SnsNotificationService.ParkedReason;
import jp.kakehashi.sns.application.SnsNotificationService.Reprocessed;

/** Parked SNS notifications, applied again by an admin once the cause is fixed; each reprocessing is audited. */
public interface ParkedNotificationAdministration {

    /** At most this many are reprocessed by one "all of this reason". */
    int MAX_PER_REASON = 1000;

    Reprocessed reprocess(String snsMessageId, String actor);

    /** Every parked notification with this reason (up to {@link #MAX_PER_REASON}), each in its own transaction. */
    ReprocessedCounts reprocessAll(String reason, String actor);

    List<ParkedReason> reasons();

    record ReprocessedCounts(int applied, int stillParked) {}
}
