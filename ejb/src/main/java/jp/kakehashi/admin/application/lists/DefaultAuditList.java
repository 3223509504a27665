package jp.kakehashi.admin.application.lists;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.shared.paging.KeysetQuery;
import jp.kakehashi.shared.paging.ListCursor;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/** Reads each page straight from admin_audit: the indexes of V24 make each page an index range scan. */
@Stateless
public class DefaultAuditList implements AuditList {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public ListPage<AuditEntry> audit(AuditFilter filter, PageRequest page) {
        return KeysetQuery.byTime(AuditEntry.class, "audit", "occurredAt", "id", true)
                .equal(
                        "action",
                        filter.action() == null ? null : filter.action().name())
                .contains(filter.search(), "actor", "target", "detail")
                .within("occurredAt", filter.period())
                .page(entityManager, page, entry -> ListCursor.of(entry.getOccurredAt(), entry.getId()));
    }
}
