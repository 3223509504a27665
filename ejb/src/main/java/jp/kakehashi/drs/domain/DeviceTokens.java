package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A device's Login with Amazon tokens, sealed: access token, refresh token and expiry are one AES-GCM value with the
 * key id beside it. Only when the tokens fall due for a refresh is stored in clear, so that the timer can find them.
 */
@Entity
@Table(name = "device_tokens")
@NamedQuery(
        name = DeviceTokens.DUE,
        query =
                "SELECT t FROM DeviceTokens t WHERE t.state = :state AND t.refreshDueAt <= :now ORDER BY t.refreshDueAt")
@NamedQuery(
        name = DeviceTokens.CLAIM,
        query = "UPDATE DeviceTokens t SET t.refreshDueAt = :until, t.version = t.version + 1 "
                + "WHERE t.deviceId = :deviceId AND t.state = :state AND t.refreshDueAt <= :now")
public class DeviceTokens {

    /** Moves a due refresh into the future in one statement: of several servers, exactly one changes the row. */
    public static final String CLAIM = "DeviceTokens.claim";

    public static final String DUE = "DeviceTokens.due";
    private static final int MAX_ERROR_LENGTH = 500;

    public enum State {
        ACTIVE,
        NEEDS_SETUP
    }

    /** How Kakehashi got the tokens (Amazon's DRS pre-registration guide). */
    public enum ObtainedBy {
        PRE_REGISTRATION,
        AUTHORIZATION_CODE
    }

    @Id
    @Column(name = "device_id")
    private Long deviceId;

    @Column(name = "sealed_tokens", nullable = false, length = 8000)
    private String sealedTokens;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "obtained_by", nullable = false, length = 30)
    private ObtainedBy obtainedBy;

    @Column(name = "refresh_due_at", nullable = false)
    private Instant refreshDueAt;

    @Column(name = "last_refreshed_at")
    private Instant lastRefreshedAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    /**
     * Since when a refresh may have reached Amazon without its answer reaching us: Amazon may have spent the stored
     * refresh token. Cleared by the next answer that settles it.
     */
    @Column(name = "refresh_in_doubt_since")
    private Instant refreshInDoubtSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DeviceTokens() {
        // for JPA
    }

    public DeviceTokens(long deviceId, ObtainedBy obtainedBy, Instant now) {
        this.deviceId = deviceId;
        this.obtainedBy = obtainedBy;
        this.createdAt = now;
    }

    public void store(String sealedTokens, String keyId, Instant refreshDueAt, ObtainedBy obtainedBy, Instant now) {
        this.sealedTokens = sealedTokens;
        this.keyId = keyId;
        this.refreshDueAt = refreshDueAt;
        this.obtainedBy = obtainedBy;
        this.state = State.ACTIVE;
        this.lastError = null;
        this.refreshInDoubtSince = null;
        this.updatedAt = now;
    }

    public void refreshed(String sealedTokens, String keyId, Instant refreshDueAt, Instant now) {
        store(sealedTokens, keyId, refreshDueAt, obtainedBy, now);
        this.lastRefreshedAt = now;
    }

    public void refreshFailed(String error, Instant retryAt, Instant now) {
        this.lastError = truncate(error);
        this.refreshDueAt = retryAt;
        this.updatedAt = now;
    }

    /** A refresh whose answer was lost: the tokens stay active, and the next attempt knows it follows a doubt. */
    public void refreshInDoubt(String error, Instant retryAt, Instant now) {
        refreshFailed(error, retryAt, now);
        if (refreshInDoubtSince == null) {
            refreshInDoubtSince = now;
        }
    }

    /** The doubt is settled without new tokens (Amazon refused the stored token once after the lost answer). */
    public void doubtSettled() {
        this.refreshInDoubtSince = null;
    }

    public void refused(String error, Instant now) {
        this.state = State.NEEDS_SETUP;
        this.lastError = truncate(error);
        this.refreshInDoubtSince = null;
        this.updatedAt = now;
    }

    public boolean isRefreshInDoubt() {
        return refreshInDoubtSince != null;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public String getSealedTokens() {
        return sealedTokens;
    }

    public String getKeyId() {
        return keyId;
    }

    public State getState() {
        return state;
    }

    public ObtainedBy getObtainedBy() {
        return obtainedBy;
    }

    public Instant getRefreshDueAt() {
        return refreshDueAt;
    }

    public Instant getLastRefreshedAt() {
        return lastRefreshedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getRefreshInDoubtSince() {
        return refreshInDoubtSince;
    }
    /** Changes with every write: a refresh's result is applied only to the tokens it started from. */
    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
