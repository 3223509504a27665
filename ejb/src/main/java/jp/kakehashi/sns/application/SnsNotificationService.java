package jp.kakehashi.sns.application;

import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;
import jp.kakehashi.sns.domain.SnsNotificationMessage;

import java.util.List;
import java.util.Optional;

/** What Kakehashi does with each notification taken off the inbound queue. */
public interface SnsNotificationService {

    /**
     * Records each notification once and applies it, all in the caller's transaction: a second delivery of the same
     * SNS MessageId changes nothing.
     */
    void receiveAll(List<SnsNotificationMessage> notifications);

    Optional<SnsNotification> findNotification(String messageId);

    Optional<ParkedNotification> findParked(String messageId);

    /** The newest parked notifications first. */
    List<ParkedNotification> listParked(int max);

    long countParked();
}
