package jp.kakehashi.admin.application.lists;

import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.shared.paging.Period;

/** Actor, target or detail containing the text; one action; within the period. Blank text and null mean "any". */
public record AuditFilter(String search, AdminAction action, Period period) {

    public static final AuditFilter ALL = new AuditFilter(null, null, Period.ANY);
}
