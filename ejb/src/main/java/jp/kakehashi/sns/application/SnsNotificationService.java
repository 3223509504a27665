package jp.kakehashi.sns.application;

import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

import java.util.List;
import java.util.Optional;

/** What Kakehashi does with each notification taken off the inbound queue. */
public interface SnsNotificationService {

    /**
     * Records the notification once and applies it: a second delivery of the same SNS MessageId changes nothing.
     *
     * @return true when this call stored it, false when it was already stored
     */
    boolean receive(SnsNotificationMessage notification);

    Optional<SnsNotification> findNotification(String messageId);

    Optional<ParkedNotification> findParked(String messageId);

    /** The newest parked notifications first. */
    List<ParkedNotification> listParked(int max);

    long countParked();
}
