package jp.kakehashi.drs.domain;

/**
 * The member who sets a device up, with the Amazon account they linked (Amazon Pay's buyerId; null when not linked):
 * what Kakehashi needs to decide whether the device may become theirs.
 */
public record DeviceClaimant(long memberId, String amazonBuyerId) {
}
