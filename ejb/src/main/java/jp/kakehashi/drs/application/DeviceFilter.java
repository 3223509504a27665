package jp.kakehashi.drs.application;

import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.shared.paging.Period;

/**
 * Serial, model or Amazon customer containing the text; a state; a model; registered within the period. Blank text and
 * null choices mean "any".
 */
public record DeviceFilter(String search, DeviceStatus status, String modelId, Period period) {

    public static final DeviceFilter ALL = new DeviceFilter(null, null, null, Period.ANY);
}
