package jp.kakehashi.member.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import jp.kakehashi.member.domain.MemberMailSent;

/** The mails sent within a window as member_mail_sent holds them: what every server of a cluster counts alike. */
final class StoredMailCounts implements MailLimiter.SentMails {

    private final EntityManager entityManager;

    StoredMailCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long fromSource(String sourceHash, Instant since) {
        return entityManager
                .createNamedQuery(MemberMailSent.COUNT_FROM_SOURCE_SINCE, Long.class)
                .setParameter("source", sourceHash)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public long overall(Instant since) {
        return entityManager
                .createNamedQuery(MemberMailSent.COUNT_ALL_SINCE, Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Mails to the address (hashed) since then. */
    long toRecipient(String recipientHash, Instant since) {
        return entityManager
                .createNamedQuery(MemberMailSent.COUNT_SINCE, Long.class)
                .setParameter("recipient", recipientHash)
                .setParameter("since", since)
                .getSingleResult();
    }
}
