package jp.kakehashi.drs.application;

import jp.kakehashi.shared.paging.BadListRequestException;
import jp.kakehashi.shared.paging.Period;

/**
 * One device's calls; endpoint, outcome or Amazon's request id containing the text; taken or not; within the period.
 * Blank text and null choices mean "any".
 */
public record DrsCallFilter(Long deviceId, String search, CallOutcome outcome, Period period) {

    public static final DrsCallFilter ALL = new DrsCallFilter(null, null, null, Period.ANY);

    /** Whether Amazon took a DRS call. */
    public enum CallOutcome {
        OK,
        FAILED
    }

    /** A device id as a query string gives it: blank is any device. */
    public static Long deviceId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadListRequestException(
                    BadListRequestException.Problem.CHOICE, "device must be a device id (a number)");
        }
    }
}
