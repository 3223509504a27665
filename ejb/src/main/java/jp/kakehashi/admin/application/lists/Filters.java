package jp.kakehashi.admin.application.lists;

import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.shared.paging.BadListRequestException;
import jp.kakehashi.shared.paging.Period;

/** What each admin list can be narrowed to. Blank text and null choices mean "any". */
public final class Filters {

    private Filters() {}

    /** Serial, model or Amazon customer containing the text; a state; a model; registered within the period. */
    public record Devices(String search, DeviceStatus status, String modelId, Period period) {
        public static final Devices ALL = new Devices(null, null, null, Period.ANY);
    }

    /** Whether a member's Amazon account is linked. */
    public enum AmazonLink {
        LINKED,
        NOT_LINKED
    }

    /** E-mail, name or Amazon buyer id containing the text; linked or not; joined within the period. */
    public record Members(String search, AmazonLink amazon, Period period) {
        public static final Members ALL = new Members(null, null, Period.ANY);
    }

    /** Actor, target or detail containing the text; one action; within the period. */
    public record Audit(String search, AdminAction action, Period period) {
        public static final Audit ALL = new Audit(null, null, Period.ANY);
    }

    /** Message id, topic or subject containing the text; received within the period. */
    public record Receptions(String search, Period period) {
        public static final Receptions ALL = new Receptions(null, Period.ANY);
    }

    /** Message id, topic or reason containing the text; parked within the period. */
    public record Parked(String search, Period period) {
        public static final Parked ALL = new Parked(null, Period.ANY);
    }

    /** Whether Amazon took a DRS call. */
    public enum CallOutcome {
        OK,
        FAILED
    }

    /** One device's calls; endpoint, outcome or Amazon's request id containing the text; taken or not; within the period. */
    public record DrsCalls(Long deviceId, String search, CallOutcome outcome, Period period) {
        public static final DrsCalls ALL = new DrsCalls(null, null, null, Period.ANY);

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
}
