package jp.kakehashi.admin.application;

import jakarta.ejb.ApplicationException;

/** An admin asked for something that cannot be done (an unknown queue, device or member); nothing was changed. */
@ApplicationException(rollback = true)
public class AdminActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminActionRefusedException(String reason) {
        super(reason);
    }
}
