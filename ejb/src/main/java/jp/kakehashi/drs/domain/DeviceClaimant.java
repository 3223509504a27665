package jp.kakehashi.drs.domain;

/**
 * The member who sets a device up, with the Amazon account they linked (Amazon Pay's buyerId; null when not linked)
 * and the address the request came from (as Liberty's remoteIp resolves it; null where there is none, such as a
 * test): what Kakehashi needs to decide whether the device may become theirs, and to count their attempts.
 */
public record DeviceClaimant(long memberId, String amazonBuyerId, String source) {

    public DeviceClaimant(long memberId, String amazonBuyerId) {
        this(memberId, amazonBuyerId, null);
    }
}
