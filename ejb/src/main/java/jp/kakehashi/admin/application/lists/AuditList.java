package jp.kakehashi.admin.application.lists;

import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/**
 * The audit trail, newest first, a page at a time after a cursor, narrowed by a filter: the one list whose table is
 * admin's. The other lists admins page through are their features' ({@code MemberList}, {@code SnsLists},
 * {@code DrsLists}).
 *
 * @throws jp.kakehashi.shared.paging.BadListRequestException for a cursor the list did not give out
 */
public interface AuditList {

    ListPage<AuditEntry> audit(AuditFilter filter, PageRequest page);
}
