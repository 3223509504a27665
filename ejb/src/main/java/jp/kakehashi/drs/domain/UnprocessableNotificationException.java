package jp.kakehashi.drs.domain;

import jakarta.ejb.ApplicationException;

/**
 * An authentic notification that can never be processed, however often it is delivered: not a DRS envelope, an
 * unknown type or model, a serial that breaks its model's expression. It is parked for admins, not redelivered, so
 * it does not roll the transaction back.
 */
@ApplicationException(rollback = false)
public class UnprocessableNotificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnprocessableNotificationException(String reason) {
        super(reason);
    }

    public UnprocessableNotificationException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
