package jp.kakehashi.member.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * The member of this request whose password was right but whose address is not verified yet: the identity store
 * refuses them like a wrong password (for HTTP Basic too), and the login page tells them and mails a new link.
 */
@RequestScoped
public class UnverifiedSignIn {

    private Long memberId;

    void record(long memberId) {
        this.memberId = memberId;
    }

    public OptionalLong memberId() {
        return memberId == null ? OptionalLong.empty() : OptionalLong.of(memberId);
    }
}
