package jp.kakehashi.admin.application;

import jakarta.ejb.ApplicationException;

/** The message was taken off the queue (consumed, replayed or deleted) before the admin's action reached it. */
@ApplicationException(rollback = true)
public class QueuedMessageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueuedMessageNotFoundException(String queueName, String messageId) {
        super("Message " + messageId + " is no longer on " + queueName);
    }
}
