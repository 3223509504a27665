package jp.kakehashi.member.application;

import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/** The members, counted and newest first, a page at a time after a cursor (for admins: the member table is this feature's). */
public interface MemberList {

    /** @throws jp.kakehashi.shared.paging.BadListRequestException for a cursor this list did not give out */
    ListPage<MemberOverview> members(MemberFilter filter, PageRequest page);

    /** How many members there are, disabled ones too. */
    long count();
}
