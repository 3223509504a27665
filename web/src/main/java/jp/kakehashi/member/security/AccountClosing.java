package jp.kakehashi.member.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import jp.kakehashi.member.application.DeviceStillRegisteredException;
import jp.kakehashi.member.application.MemberAccounts;
import jp.kakehashi.member.application.NoSuchMemberException;
import jp.kakehashi.member.domain.MemberAccountChanged;

/**
 * Deleting an account, for the member's page and API and for admins alike: Amazon deregisters the member's devices
 * first (a device Amazon cannot be told about stops the deletion, nothing else changed), then every session of the
 * member ends, then the account is erased in one transaction (docs/design.md, "Deleting an account").
 */
@RequestScoped
public class AccountClosing {

    @Inject
    private MemberAccounts accounts;

    @Inject
    private MemberSignedInSessions signedInSessions;

    public enum Outcome {
        DELETED,
        /** Amazon could not be told to deregister {@link Result#modelId()} {@link Result#serialNumber()}: try again later. */
        AMAZON_UNAVAILABLE,
        /** A device was set up meanwhile: try again. */
        DEVICE_STILL_REGISTERED,
        NO_SUCH_MEMBER
    }

    public record Result(Outcome outcome, String modelId, String serialNumber) {}

    /** The member deletes their own account: this session ends too. */
    public Result closeOwn(long memberId, Locale locale) {
        return close(memberId, MemberAccountChanged.memberActor(memberId), locale, true);
    }

    /** An admin deletes the account on the member's request. */
    public Result closeOnRequest(long memberId, String administrator) {
        return close(memberId, administrator, Locale.JAPANESE, false);
    }

    private Result close(long memberId, String actor, Locale locale, boolean own) {
        try {
            MemberAccounts.DeviceRelease release = accounts.releaseDevices(memberId);
            if (!release.complete()) {
                return new Result(Outcome.AMAZON_UNAVAILABLE, release.failedModelId(), release.failedSerialNumber());
            }
            if (own) {
                signedInSessions.endAllSessions(memberId);
            } else {
                signedInSessions.endSessionsOf(memberId);
            }
            accounts.erase(memberId, actor, locale);
            return new Result(Outcome.DELETED, null, null);
        } catch (DeviceStillRegisteredException e) {
            return new Result(Outcome.DEVICE_STILL_REGISTERED, e.modelId(), e.serialNumber());
        } catch (NoSuchMemberException e) {
            return new Result(Outcome.NO_SUCH_MEMBER, null, null);
        }
    }
}
