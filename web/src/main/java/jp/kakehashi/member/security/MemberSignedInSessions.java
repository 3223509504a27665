package jp.kakehashi.member.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jp.kakehashi.member.application.MemberSessions;
import jp.kakehashi.shared.security.ShopAuthenticationMechanism;
import jp.kakehashi.shared.security.SignedInCaller;

/**
 * Ends a member's signed-in sessions on every server, for the use cases that must (a password change, a deleted or
 * disabled account): backing beans call this rather than touching the HTTP session themselves.
 */
@RequestScoped
public class MemberSignedInSessions {

    @Inject
    private MemberSessions memberSessions;

    @Inject
    private HttpServletRequest request;

    /** Every other session of the member ends; this one stays signed in (a new id, as after a sign-in). */
    public void endOtherSessions(long memberId) {
        int generation = memberSessions.endSessions(memberId);
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(ShopAuthenticationMechanism.SIGNED_IN) instanceof SignedInCaller caller
                && caller.name().equals(String.valueOf(memberId))) {
            request.changeSessionId();
            session = request.getSession(false);
            session.setAttribute(ShopAuthenticationMechanism.SIGNED_IN, caller.inGeneration(generation));
        }
    }

    /** Every session of the member ends, this one too (when the account is deleted or disabled by its member). */
    public void endAllSessions(long memberId) {
        memberSessions.endSessions(memberId);
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(ShopAuthenticationMechanism.SIGNED_IN) instanceof SignedInCaller caller
                && caller.name().equals(String.valueOf(memberId))) {
            session.invalidate();
        }
    }

    /**
     * Ends the sessions of a member someone else acts on (an admin disabling or deleting it): the generation alone,
     * since none of those sessions is this request's.
     */
    public void endSessionsOf(long memberId) {
        memberSessions.endSessions(memberId);
    }
}
