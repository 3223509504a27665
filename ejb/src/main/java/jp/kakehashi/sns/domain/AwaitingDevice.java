package jp.kakehashi.sns.domain;

/** A notification was parked to wait for this device's registration: fired in its transaction, observed after commit. */
public record AwaitingDevice(String modelId, String serialNumber) {}
