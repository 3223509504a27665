package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/**
 * A device of the member still holds tokens at Amazon's (set up meanwhile, or Amazon could not be told to deregister
 * it): the account is not deleted, so that no device keeps ordering for an account that is gone.
 */
@ApplicationException(rollback = true)
public class DeviceStillRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String modelId;
    private final String serialNumber;

    public DeviceStillRegisteredException(String modelId, String serialNumber) {
        super("Device " + modelId + "/" + serialNumber + " is still registered");
        this.modelId = modelId;
        this.serialNumber = serialNumber;
    }

    public String modelId() {
        return modelId;
    }

    public String serialNumber() {
        return serialNumber;
    }
}
