package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link sent to a member's typed address. Only the token's hash is kept; the link is for the address it was
 * sent to, so a member whose address changed since cannot verify the new one with it.
 */
@Entity
@Table(name = "email_verification")
@NamedQuery(
        name = EmailVerification.FORGET_MEMBER,
        query = "DELETE FROM EmailVerification v WHERE v.memberId = :memberId")
public class EmailVerification {

    public static final String FORGET_MEMBER = "EmailVerification.forgetMember";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected EmailVerification() {
        // for JPA
    }

    public EmailVerification(String tokenHash, long memberId, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.memberId = memberId;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long getMemberId() {
        return memberId;
    }

    public String getEmail() {
        return email;
    }
}
