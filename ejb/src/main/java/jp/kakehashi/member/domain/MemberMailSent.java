package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail the shop sent to an address someone typed: counted to cap mails per address, per source and shop-wide. The
 * address and the source are hashed.
 */
@Entity
@Table(name = "member_mail_sent")
@NamedQuery(
        name = MemberMailSent.COUNT_SINCE,
        query = "SELECT COUNT(m) FROM MemberMailSent m WHERE m.recipientHash = :recipient AND m.sentAt > :since")
@NamedQuery(
        name = MemberMailSent.COUNT_FROM_SOURCE_SINCE,
        query = "SELECT COUNT(m) FROM MemberMailSent m WHERE m.sourceHash = :source AND m.sentAt > :since")
@NamedQuery(
        name = MemberMailSent.COUNT_ALL_SINCE,
        query = "SELECT COUNT(m) FROM MemberMailSent m WHERE m.sentAt > :since")
@NamedQuery(name = MemberMailSent.FORGET_BEFORE, query = "DELETE FROM MemberMailSent m WHERE m.sentAt <= :before")
public class MemberMailSent {

    public static final String COUNT_SINCE = "MemberMailSent.countSince";
    public static final String COUNT_FROM_SOURCE_SINCE = "MemberMailSent.countFromSourceSince";
    public static final String COUNT_ALL_SINCE = "MemberMailSent.countAllSince";
    public static final String FORGET_BEFORE = "MemberMailSent.forgetBefore";

    public enum Kind {
        VERIFICATION,
        ALREADY_REGISTERED,
        PASSWORD_RESET,
        EMAIL_CHANGE
    }

    @Id
    @SequenceGenerator(name = "member_mail_sent_seq", sequenceName = "member_mail_sent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_mail_sent_seq")
    private Long id;

    @Column(name = "recipient_hash", nullable = false, length = 64)
    private String recipientHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** Who caused the mail, hashed (MailLimiter.sourceHash); null where unknown. */
    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    protected MemberMailSent() {
        // for JPA
    }

    public MemberMailSent(String recipientHash, Kind kind, Instant sentAt, String sourceHash) {
        this.recipientHash = recipientHash;
        this.kind = kind;
        this.sentAt = sentAt;
        this.sourceHash = sourceHash;
    }
}
