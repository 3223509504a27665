package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link mailed to a member (a password reset, a change of address): only its token's hash is kept, it works
 * until it expires, and once. A used one is kept until it expires, so that opening it again is told apart from a
 * link that never was.
 */
@MappedSuperclass
public abstract class MailedLink {

    /** What a link is good for at a given moment. */
    public enum State {
        USABLE,
        USED,
        EXPIRED
    }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MailedLink() {
        // for JPA
    }

    protected MailedLink(String tokenHash, long memberId, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A link must live a while");
        }
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.memberId = memberId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Used wins over expired: a member who used the link is told so, however late they open it again. */
    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Spends the link; a link that is not usable any more cannot be. */
    public void use(Instant now) {
        if (stateAt(now) != State.USABLE) {
            throw new IllegalStateException("The link is " + stateAt(now));
        }
        usedAt = now;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
