package jp.kakehashi.member.application;

import java.util.List;

/**
 * The member's devices as the DRS feature keeps them (a port: the DRS feature implements it, the member feature
 * depends on no other feature).
 */
public interface MemberDevices {

    /** The devices the member holds and those Amazon registered to their linked Amazon account (buyerId, or null). */
    List<MemberData.DeviceEntry> devicesOf(long memberId, String amazonBuyerId);

    /**
     * Removes each device the member holds through the DRS feature's own removal: Amazon deregisters it where it has
     * tokens, then its tokens are destroyed. Outside any transaction (it calls Amazon); stops at the first device Amazon
     * could not be told about.
     */
    MemberAccounts.DeviceRelease releaseHeld(long memberId);
}
