package jp.kakehashi.drs.api;

import java.time.Instant;

/** A member's device as the API shows it: never a token, only its state. */
public record DeviceView(String modelId, String serialNumber, String status, String tokenState, Instant refreshDueAt,
                         Instant lastRefreshedAt) {
}
