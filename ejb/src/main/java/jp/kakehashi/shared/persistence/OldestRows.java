package jp.kakehashi.shared.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Deletes one batch of an entity's rows older than a cutoff: the oldest, at most {@code max}, chosen by the index on
 * their time and deleted by key, so that two servers pruning at once delete each row once (the other finds it gone).
 * Each feature's retention port prunes its own tables with it.
 *
 * @param entity    the entity's JPQL name
 * @param key       its key attribute
 * @param time      the attribute the cutoff applies to
 * @param condition a further JPQL condition on {@code r}, or empty
 */
public record OldestRows(String entity, String key, String time, String condition) {

    public OldestRows(String entity, String key, String time) {
        this(entity, key, time, "");
    }

    /** How many rows were deleted; fewer than {@code max}: none older are left. */
    public int delete(EntityManager entityManager, Instant cutoff, int max) {
        List<?> keys = entityManager
                .createQuery("SELECT r." + key + " FROM " + entity + " r WHERE r." + time + " < :cutoff"
                        + (condition.isEmpty() ? "" : " AND " + condition) + " ORDER BY r." + time)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
        return keys.isEmpty()
                ? 0
                : entityManager
                        .createQuery("DELETE FROM " + entity + " r WHERE r." + key + " IN :keys")
                        .setParameter("keys", keys)
                        .executeUpdate();
    }
}
