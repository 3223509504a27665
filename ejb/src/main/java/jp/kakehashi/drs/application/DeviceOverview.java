package jp.kakehashi.drs.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;

/** A device and the state of its tokens, for admins: when they fall due, when they were refreshed, the last error. */
public record DeviceOverview(
        long id,
        String modelId,
        String serialNumber,
        String status,
        String directedCustomerId,
        Long memberId,
        Instant lastNotificationAt,
        String tokenState,
        Instant refreshDueAt,
        Instant lastRefreshedAt,
        String lastError) {

    public static DeviceOverview of(Device device, DeviceTokens tokens) {
        return new DeviceOverview(
                device.getId(),
                device.getModelId(),
                device.getSerialNumber(),
                device.getStatus().name(),
                device.getDirectedCustomerId(),
                device.getMemberId(),
                device.getLastNotificationAt(),
                tokens == null ? null : tokens.getState().name(),
                tokens == null ? null : tokens.getRefreshDueAt(),
                tokens == null ? null : tokens.getLastRefreshedAt(),
                tokens == null ? null : tokens.getLastError());
    }

    @JsonbTransient
    public boolean hasTokens() {
        return tokenState != null;
    }
}
