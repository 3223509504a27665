package jp.kakehashi.sns.application;

import jp.kakehashi.shared.paging.Period;

/** Message id, topic or subject containing the text; received within the period. Blank text means "any". */
public record ReceptionFilter(String search, Period period) {

    public static final ReceptionFilter ALL = new ReceptionFilter(null, Period.ANY);
}
