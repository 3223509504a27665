package jp.kakehashi.admin.application.lists;

import jp.kakehashi.admin.application.MemberOverview;
import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.shared.paging.BadListRequestException;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/**
 * The lists admins page through (devices are {@code DeviceAdministration}'s): newest first, a page at a time after a
 * cursor, narrowed by filters.
 *
 * @throws BadListRequestException (from every method) for a cursor the list did not give out
 */
public interface AdminLists {

    ListPage<MemberOverview> members(Filters.Members filter, PageRequest page);

    ListPage<AuditEntry> audit(Filters.Audit filter, PageRequest page);

    /** SNS notifications stored as they were received (never their bodies). */
    ListPage<ReceptionOverview> receptions(Filters.Receptions filter, PageRequest page);

    ListPage<ParkedOverview> parked(Filters.Parked filter, PageRequest page);

    ListPage<DrsCallOverview> drsCalls(Filters.DrsCalls filter, PageRequest page);
}
