package jp.kakehashi.member.application;

import java.util.Optional;
import jp.kakehashi.member.domain.Member;

/**
 * What a registration came to, as far as the one registering may know: either a member who may sign in now (the
 * address came from Amazon), or "check your mail", which is also the answer when the address belongs to a member
 * already (that member is mailed a notice instead), so that the form tells nobody which addresses are members.
 */
public final class RegistrationResult {

    private final Member member;
    private final boolean linkMailed;

    private RegistrationResult(Member member, boolean linkMailed) {
        this.member = member;
        this.linkMailed = linkMailed;
    }

    /** @param linkMailed the member typed an address of their own, mailed a link for password sign-in */
    static RegistrationResult signInNow(Member member, boolean linkMailed) {
        return new RegistrationResult(member, linkMailed);
    }

    static RegistrationResult checkYourMail() {
        return new RegistrationResult(null, true);
    }

    /** A member signed in with Amazon who typed an address of their own: it is verified by its link. */
    public boolean isLinkMailed() {
        return linkMailed;
    }

    /** The new member, when they may sign in at once. */
    public Optional<Member> member() {
        return Optional.ofNullable(member);
    }

    public boolean isCheckYourMail() {
        return member == null;
    }
}
