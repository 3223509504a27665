package jp.kakehashi.drs.domain;

/** A device's subscriptions are to be read from Amazon: fired in the transaction that marked them due. */
public record SubscriptionCheckRequested(long deviceId) {}
