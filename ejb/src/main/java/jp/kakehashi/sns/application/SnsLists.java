package jp.kakehashi.sns.application;

import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/**
 * SNS notifications received and parked, newest first, a page at a time after a cursor (for admins: the tables are
 * this feature's).
 *
 * @throws jp.kakehashi.shared.paging.BadListRequestException (from every method) for a cursor the list did not give out
 */
public interface SnsLists {

    /** SNS notifications stored as they were received (never their bodies). */
    ListPage<ReceptionOverview> receptions(ReceptionFilter filter, PageRequest page);

    ListPage<ParkedOverview> parked(ParkedFilter filter, PageRequest page);
}
