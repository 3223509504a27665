package jp.kakehashi.drs.application;

import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/**
 * Devices and the calls made to DRS for them, newest first, a page at a time after a cursor (for admins: the tables
 * are this feature's).
 *
 * @throws jp.kakehashi.shared.paging.BadListRequestException (from every method) for a cursor the list did not give out
 */
public interface DrsLists {

    /** Each device with the state of its tokens. */
    ListPage<DeviceOverview> devices(DeviceFilter filter, PageRequest page);

    ListPage<DrsCallOverview> drsCalls(DrsCallFilter filter, PageRequest page);
}
