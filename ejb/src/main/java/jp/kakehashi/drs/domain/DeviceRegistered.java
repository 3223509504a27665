package jp.kakehashi.drs.domain;

/** A DeviceRegisteredNotification was applied: fired within the consumer's transaction, observed after it commits. */
public record DeviceRegistered(String modelId, String serialNumber) {}
