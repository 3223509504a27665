package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A credential for the APIs, kept as a hash. ACCESS: short-lived, what the app sends as {@code Bearer}. REFRESH: gets
 * a new pair once and is spent; all tokens of one sign-in share a family, so that a spent refresh token used again
 * (stolen and replayed) revokes the whole family. DEVICE: a device's own, scoped to it, until it expires or is revoked;
 * its last use is kept (to the minute) for the member to see.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = ApiToken.REVOKE_FAMILY,
        query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.family = :family AND t.revokedAt IS NULL")
@NamedQuery(
        name = ApiToken.REVOKE_SCOPE,
        query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.scope = :scope AND t.revokedAt IS NULL")
@NamedQuery(
        name = ApiToken.REVOKE_MEMBER,
        query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.memberId = :memberId AND t.revokedAt IS NULL")
@NamedQuery(
        name = ApiToken.USABLE_DEVICE_CREDENTIALS,
        query =
                "SELECT t FROM ApiToken t WHERE t.memberId = :memberId "
                        + "AND t.kind = jp.kakehashi.member.domain.ApiToken.Kind.DEVICE AND t.revokedAt IS NULL AND t.expiresAt > :now ORDER BY t.scope, t.createdAt")
@NamedQuery(name = ApiToken.FORGET_EXPIRED, query = "DELETE FROM ApiToken t WHERE t.expiresAt < :before")
public class ApiToken {

    public static final String REVOKE_FAMILY = "ApiToken.revokeFamily";
    public static final String REVOKE_SCOPE = "ApiToken.revokeScope";
    public static final String FORGET_EXPIRED = "ApiToken.forgetExpired";
    public static final String REVOKE_MEMBER = "ApiToken.revokeMember";
    public static final String USABLE_DEVICE_CREDENTIALS = "ApiToken.usableDeviceCredentials";

    public enum Kind {
        ACCESS,
        REFRESH,
        DEVICE
    }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "family", nullable = false, length = 64)
    private String family;

    /** DEVICE: "model/serial"; null otherwise. */
    @Column(name = "scope", length = 300)
    private String scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** null: until revoked (tokens issued before device credentials expired; V18 gave those an expiry). */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** DEVICE: when it last signed a call in, to the minute or so; null: never. */
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(
            String tokenHash,
            long memberId,
            Kind kind,
            String family,
            String scope,
            Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.memberId = memberId;
        this.kind = kind;
        this.family = family;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Notes a use; true when the row changed. Written at most once per {@code resolution}, so that a device calling
     * every second does not write on every call.
     */
    public boolean usedAt(Instant now, java.time.Duration resolution) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(resolution))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFamily() {
        return family;
    }

    public String getScope() {
        return scope;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
