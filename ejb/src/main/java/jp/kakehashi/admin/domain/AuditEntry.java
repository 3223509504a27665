package jp.kakehashi.admin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One thing an admin did: who, what, on what, when. Never changed once written. */
@Entity
@Table(name = "admin_audit")
@NamedQuery(
        name = AuditEntry.CONCERNING_MEMBER,
        query = "SELECT a FROM AuditEntry a WHERE a.actor = :actor "
                + "OR a.target = :target ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(
        name = AuditEntry.FORGET_IDENTIFIER,
        query = "UPDATE AuditEntry a "
                + "SET a.target = REPLACE(a.target, :identifier, :forgotten), a.detail = REPLACE(a.detail, :identifier, :forgotten) "
                + "WHERE LOCATE(:identifier, a.target) > 0 OR LOCATE(:identifier, a.detail) > 0")
public class AuditEntry {

    public static final String CONCERNING_MEMBER = "AuditEntry.concerningMember";
    public static final String FORGET_IDENTIFIER = "AuditEntry.forgetIdentifier";
    private static final int MAX_TARGET = 500;
    public static final int MAX_DETAIL = 1000;

    @Id
    @SequenceGenerator(name = "admin_audit_seq", sequenceName = "admin_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_audit_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(nullable = false, length = MAX_TARGET)
    private String target;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {}

    public AuditEntry(String actor, AdminAction action, String target, String detail, Instant occurredAt) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = action.name();
        this.target = truncate(Objects.requireNonNull(target, "target"), MAX_TARGET);
        this.detail = detail == null ? null : truncate(detail, MAX_DETAIL);
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
