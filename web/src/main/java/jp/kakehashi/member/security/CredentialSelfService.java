package jp.kakehashi.member.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import jp.kakehashi.member.application.CredentialChangeRefusedException;
import jp.kakehashi.member.application.MemberCredentials;
import jp.kakehashi.member.domain.Member;

/**
 * What the account pages and the member API share when a signed-in member changes their password or address: a
 * current password is a guess like any sign-in's (the sign-in throttle counts it, so a borrowed session cannot try
 * passwords without end), and a changed password ends the member's other sessions.
 */
@RequestScoped
public class CredentialSelfService {

    /** Too many wrong passwords for this member or from this address: nothing was tried or changed. */
    public static class ThrottledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ThrottledException() {
            super("Too many failed password attempts");
        }
    }

    @Inject
    private MemberCredentials credentials;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private MemberSignedInSessions signedInSessions;

    @Inject
    private HttpServletRequest request;

    /**
     * Changes the password (or sets a first one) and ends the member's other sessions; this one stays signed in.
     *
     * @throws CredentialChangeRefusedException why nothing changed
     * @throws ThrottledException               too many wrong current passwords
     */
    public void changePassword(Member member, char[] currentPassword, char[] newPassword, Locale locale) {
        guarded(member, () -> credentials.changePassword(member.getId(), currentPassword, newPassword, locale));
        signedInSessions.endOtherSessions(member.getId());
    }

    /**
     * Mails a confirmation link to the new address (the old one is told).
     *
     * @throws CredentialChangeRefusedException why nothing was sent
     * @throws ThrottledException               too many wrong current passwords
     * @throws jp.kakehashi.member.application.MailLimitReachedException the source's or the shop's mail limit
     */
    public void requestEmailChange(Member member, String newEmail, char[] currentPassword, Locale locale) {
        guarded(
                member,
                () -> credentials.requestEmailChange(
                        member.getId(), newEmail, currentPassword, locale, request.getRemoteAddr()));
    }

    /** The mailed link that lets a member without a proved address set a first password (the reset link). */
    public void mailPasswordLink(Member member, Locale locale) {
        credentials.requestPasswordReset(member.getEmail(), locale, request.getRemoteAddr());
    }

    private void guarded(Member member, Runnable change) {
        if (!member.hasPassword()) {
            change.run();
            return;
        }
        String address = request.getRemoteAddr();
        // Reserved before the password hash, as on every sign-in
        if (!throttle.tryAttempt(member.getEmail(), address)) {
            throw new ThrottledException();
        }
        // A refusal keeps the attempt counted: one refused before the password was checked proves nothing
        change.run();
        throttle.succeeded(member.getEmail(), address);
    }
}
