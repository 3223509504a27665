package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's request to change their address, confirmed by the link mailed to the new one. It applies only while
 * the member still has the address it was asked from: an older request cannot undo a newer change.
 */
@Entity
@Table(name = "member_email_change")
@NamedQuery(name = EmailChange.FORGET_MEMBER, query = "DELETE FROM EmailChange c WHERE c.memberId = :memberId")
@NamedQuery(name = EmailChange.FORGET_EXPIRED, query = "DELETE FROM EmailChange c WHERE c.expiresAt <= :now")
public class EmailChange extends MailedLink {

    public static final String FORGET_MEMBER = "EmailChange.forgetMember";
    public static final String FORGET_EXPIRED = "EmailChange.forgetExpired";

    @Column(name = "old_email", nullable = false, length = 254)
    private String oldEmail;

    @Column(name = "new_email", nullable = false, length = 254)
    private String newEmail;

    protected EmailChange() {
        // for JPA
    }

    public EmailChange(
            String tokenHash, long memberId, String oldEmail, String newEmail, Instant createdAt, Instant expiresAt) {
        super(tokenHash, memberId, createdAt, expiresAt);
        this.oldEmail = Member.normalizeEmail(oldEmail);
        this.newEmail = Member.normalizeEmail(newEmail);
    }

    public String getOldEmail() {
        return oldEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
