package jp.kakehashi.sns.application;

import jakarta.ejb.ApplicationException;

/** The inbound queue could not take a message (engine down, queue full). Nothing was queued. */
@ApplicationException(rollback = true)
public class QueueUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
