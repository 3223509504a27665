package jp.kakehashi.member.application;

import java.util.Locale;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.ProfileChange;

/**
 * A member's account as a whole (issue 29, APPI): correcting the profile, disclosing what the shop holds, deleting
 * the account, and an admin's disabling it. Each change is audited and mailed to the member.
 *
 * <p>Deleting takes two steps with the caller's ending of sessions between them: {@link #releaseDevices} tells
 * Amazon to deregister each device the member holds (outside any transaction: it calls Amazon), then
 * {@link #erase} removes everything else in one transaction.
 */
public interface MemberAccounts {

    /**
     * Saves the member's name, phone and shipping address.
     *
     * @param actor "member:ID" for the member themself ({@link jp.kakehashi.member.domain.MemberAccountChanged#memberActor})
     * @throws InvalidProfileException the change breaks the registration's rules: nothing changed
     * @throws NoSuchMemberException   the member is gone
     */
    Member changeProfile(long memberId, ProfileChange change, String actor, Locale locale);

    /** What the shop holds about the member, downloaded (audited: a disclosure). */
    MemberData export(long memberId, String actor);

    /** The same for an admin's member page: not audited per look. */
    MemberData view(long memberId);

    /**
     * Removes each device the member holds through the DRS feature's removal (Amazon deregisters it where it has
     * tokens; its tokens are destroyed). Stops at the first device Amazon could not be told about.
     */
    DeviceRelease releaseDevices(long memberId);

    /**
     * Deletes the member and what is theirs in one transaction: the member row, app tokens and device credentials,
     * mail and sign-in counters, setup attempts; the Amazon buyerId leaves devices, device events, SNS receptions and
     * the audit; the audit keeps a line naming the member by id. The member is mailed that it is done.
     *
     * @throws DeviceStillRegisteredException a device of the member still holds tokens: nothing changed
     * @throws NoSuchMemberException          the member is gone already
     */
    void erase(long memberId, String actor, Locale locale);

    /** An admin disables the member: no sign-in anywhere, every session ended, every app token and device credential revoked. */
    Member disable(long memberId, String actor);

    /** An admin enables the member again (credentials stay revoked: the member signs in anew). */
    Member enable(long memberId, String actor);

    /** How releasing the member's devices went. */
    record DeviceRelease(boolean complete, String failedModelId, String failedSerialNumber, int released) {

        public static DeviceRelease done(int released) {
            return new DeviceRelease(true, null, null, released);
        }

        public static DeviceRelease amazonUnavailable(String modelId, String serialNumber, int released) {
            return new DeviceRelease(false, modelId, serialNumber, released);
        }
    }
}
