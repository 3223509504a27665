package jp.kakehashi.sns.application;

import java.util.List;
import java.util.Optional;
import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

/** What Kakehashi does with each notification taken off the inbound queue. */
public interface SnsNotificationService {

    /**
     * Records a notification once and applies it, in the caller's transaction (which may hold a batch of them): a
     * second delivery of the same SNS MessageId changes nothing.
     */
    void receive(SnsNotificationMessage notification);

    Optional<SnsNotification> findNotification(String messageId);

    Optional<ParkedNotification> findParked(String messageId);

    long countParked();

    /** What reprocessing a parked notification did. */
    enum Reprocessed {
        /** Applied now (or found applied already): no longer parked. */
        APPLIED,
        /** Still cannot be applied: parked with the new reason. */
        STILL_PARKED,
        /** Not parked (any more): nothing done. */
        NOT_PARKED
    }

    /**
     * Applies a parked notification again, in the caller's transaction, after an admin fixed its cause (added the
     * missing device model, say). The parked row is locked and the device's event is keyed by Amazon's notificationId,
     * so that each is applied exactly once however many admins press the button.
     */
    Reprocessed reprocessParked(String messageId);

    /**
     * Applies, in a transaction of its own, the parked notifications that wait for this device, once it is known:
     * how many. Called after a registration commits and after such a notification is parked, so that whichever of the
     * two commits last finds the other.
     */
    int applyAwaiting(String modelId, String serialNumber);

    /** Parked notifications by reason, the most frequent first. */
    List<ParkedReason> parkedReasons();

    /** The SNS MessageIds of up to {@code max} parked notifications with exactly this reason, oldest first. */
    List<String> parkedWithReason(String reason, int max);

    record ParkedReason(String reason, long count) {}
}
