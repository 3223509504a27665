package jp.kakehashi.member.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.Member;

/**
 * How a member confirms that they delete their account, on the page and the API alike: with their password when they
 * have one (counted like a sign-in, so that a borrowed session cannot guess it), else by a recent sign-in.
 */
@RequestScoped
public class DeletionConfirmation {

    public enum Outcome {
        CONFIRMED,
        WRONG_PASSWORD,
        TOO_MANY_ATTEMPTS,
        SIGN_IN_AGAIN
    }

    @Inject
    private MemberService members;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private RecentSignIn recentSignIn;

    @Inject
    private HttpServletRequest request;

    /** A member whose address was released cannot name it to check the password: a recent sign-in it is then. */
    public static boolean byPassword(Member member) {
        return member.hasPassword() && member.hasEmail();
    }

    /** Whether a member who confirms by a recent sign-in must sign in again first. */
    public boolean mustSignInAgain(Member member) {
        return !byPassword(member) && !recentSignIn.isRecent();
    }

    /** @param password the password typed (cleared here), or null */
    public Outcome confirm(Member member, char[] password) {
        char[] typed = password == null ? new char[0] : password;
        try {
            if (!byPassword(member)) {
                return recentSignIn.isRecent() ? Outcome.CONFIRMED : Outcome.SIGN_IN_AGAIN;
            }
            String address = request.getRemoteAddr();
            if (!throttle.tryAttempt(member.getEmail(), address)) {
                return Outcome.TOO_MANY_ATTEMPTS;
            }
            if (members.authenticate(member.getEmail(), typed)
                    .filter(found -> found.getId().equals(member.getId()))
                    .isEmpty()) {
                return Outcome.WRONG_PASSWORD;
            }
            throttle.succeeded(member.getEmail(), address);
            return Outcome.CONFIRMED;
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
