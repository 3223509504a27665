package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mailed link that sets a member's password (a forgotten one, or a first one for a member who signed up with
 * Amazon). It is for the address it was sent to: once the member's address changed, it sets nothing.
 */
@Entity
@Table(name = "member_password_reset")
@NamedQuery(name = PasswordReset.FORGET_MEMBER, query = "DELETE FROM PasswordReset r WHERE r.memberId = :memberId")
@NamedQuery(name = PasswordReset.FORGET_EXPIRED, query = "DELETE FROM PasswordReset r WHERE r.expiresAt <= :now")
public class PasswordReset extends MailedLink {

    public static final String FORGET_MEMBER = "PasswordReset.forgetMember";
    public static final String FORGET_EXPIRED = "PasswordReset.forgetExpired";

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(String tokenHash, long memberId, String email, Instant createdAt, Instant expiresAt) {
        super(tokenHash, memberId, createdAt, expiresAt);
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
