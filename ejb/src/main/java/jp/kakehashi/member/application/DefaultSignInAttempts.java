package jp.kakehashi.member.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.OptionalLong;
import jp.kakehashi.member.domain.SignInAttempt;

/**
 * Each step in a transaction of its own (the steps are called through the bean's no-interface view, hence
 * {@code @LocalBean} beside the {@link SignInAttempts} view): the attempt is committed before it is counted, so that attempts made at once
 * see each other (the k-th to commit counts at least k) and no more than the limit pass, on any server.
 */
@Stateless
@LocalBean
@Local(SignInAttempts.class)
public class DefaultSignInAttempts implements SignInAttempts {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Resource
    private SessionContext context;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong reserve(String pairKey, String addressKey, Instant now, Limits limits) {
        SignInAttempts self = context.getBusinessObject(SignInAttempts.class);
        if (self.isBlocked(pairKey, addressKey, limits)) {
            return OptionalLong.empty();
        }
        DefaultSignInAttempts steps = context.getBusinessObject(DefaultSignInAttempts.class);
        long id = steps.record(pairKey, addressKey, now, limits.since());
        if (self.isBlocked(pairKey, addressKey, limits.plusOne())) {
            steps.withdraw(id);
            return OptionalLong.empty();
        }
        return OptionalLong.of(id);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isBlocked(String pairKey, String addressKey, Limits limits) {
        return count(SignInAttempt.COUNT_PAIR, pairKey, limits.since()) >= limits.perPair()
                || count(SignInAttempt.COUNT_ADDRESS, addressKey, limits.since()) >= limits.perAddress()
                || count(
                                SignInAttempt.COUNT_ACCOUNT,
                                SignInAttempts.accountKeyOf(pairKey) + "|%",
                                limits.accountSince())
                        >= limits.perAccount();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forget(String pairKey) {
        entityManager
                .createNamedQuery(SignInAttempt.FORGET_PAIR)
                .setParameter("key", pairKey)
                .executeUpdate();
    }

    /** Records the attempt and lets go of those that left the window: the table holds one window's attempts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(String pairKey, String addressKey, Instant now, Instant windowStart) {
        entityManager
                .createNamedQuery(SignInAttempt.FORGET_BEFORE)
                .setParameter("before", windowStart)
                .executeUpdate();
        SignInAttempt attempt = new SignInAttempt(pairKey, addressKey, now);
        entityManager.persist(attempt);
        entityManager.flush();
        return attempt.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void withdraw(long id) {
        SignInAttempt attempt = entityManager.find(SignInAttempt.class, id);
        if (attempt != null) {
            entityManager.remove(attempt);
        }
    }

    private long count(String query, String key, Instant since) {
        return entityManager
                .createNamedQuery(query, Long.class)
                .setParameter("key", key)
                .setParameter("since", since)
                .getSingleResult();
    }
}
