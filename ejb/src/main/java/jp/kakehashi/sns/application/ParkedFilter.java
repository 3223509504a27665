package jp.kakehashi.sns.application;

import jp.kakehashi.shared.paging.Period;

/** Message id, topic or reason containing the text; parked within the period. Blank text means "any". */
public record ParkedFilter(String search, Period period) {

    public static final ParkedFilter ALL = new ParkedFilter(null, Period.ANY);
}
