package jp.kakehashi.drs.application;

import jakarta.ejb.ApplicationException;

/** A device model with that id exists already. Rolls the transaction back: nothing is stored. */
@ApplicationException(rollback = true)
public class DuplicateDeviceModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateDeviceModelException(String modelId) {
        super("A device model with id " + modelId + " exists already");
    }
}
