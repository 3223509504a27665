package jp.kakehashi.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.Member;

/** The member signed in on this request, if any. */
@Named
@RequestScoped
public class CurrentMember {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private MemberService members;

    private Optional<Member> member;

    public Optional<Member> member() {
        if (member == null) {
            Principal caller = securityContext.getCallerPrincipal();
            member = caller == null ? Optional.empty() : parse(caller.getName()).flatMap(members::findMember);
        }
        return member;
    }

    public boolean isSignedIn() {
        return member().isPresent();
    }

    /** For pages: the member, or null when nobody is signed in. */
    public Member getMember() {
        return member().orElse(null);
    }

    public void refresh() {
        member = null;
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.parseLong(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
