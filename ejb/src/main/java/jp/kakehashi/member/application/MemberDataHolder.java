package jp.kakehashi.member.application;

/**
 * A feature that keeps data about members outside the member feature's own tables: it forgets a deleted member's, in
 * the transaction that deletes the member (a port: each such feature implements it; see docs/design.md).
 */
public interface MemberDataHolder {

    /**
     * Forgets what is kept about the member: rows that are theirs go; rows that are the shop's (a device, a received
     * notification) stay without the member's identifiers.
     *
     * @param amazonBuyerId the Amazon account the member had linked, or null
     * @throws DeviceStillRegisteredException a device the member holds still has tokens: the deletion is refused
     */
    void forget(long memberId, String email, String amazonBuyerId);
}
