package jp.kakehashi.drs.domain;

/** Devices' tokens were made due at once (an admin's "refresh all"): fired within that transaction, observed after it commits. */
public record TokensMadeDue(int devices) {}
