package jp.kakehashi.admin.application;

import jakarta.ejb.ApplicationException;

/** A device model an admin tried to save breaks a rule; nothing was stored. The message says which. */
@ApplicationException(rollback = true)
public class DeviceModelRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeviceModelRejectedException(String reason) {
        super(reason);
    }
}
