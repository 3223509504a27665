package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import jp.kakehashi.member.application.MemberSessions;
import jp.kakehashi.shared.security.SessionGenerations;

/** The sign-in's view of {@link MemberSessions}: a member caller's name is the member id. */
@ApplicationScoped
public class MemberSessionGenerations implements SessionGenerations {

    @Inject
    private MemberSessions memberSessions;

    @Override
    public OptionalInt generationOf(String callerName) {
        return memberSessions.generationOf(Long.parseLong(callerName));
    }
}
