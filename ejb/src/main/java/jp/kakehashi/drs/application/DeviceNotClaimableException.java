package jp.kakehashi.drs.application;

import jakarta.ejb.ApplicationException;

/** The device belongs to another member, and Amazon has not said it is now this member's: nothing may change. */
@ApplicationException(rollback = true)
public class DeviceNotClaimableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeviceNotClaimableException(String message) {
        super(message);
    }
}
