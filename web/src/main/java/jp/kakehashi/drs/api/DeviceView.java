package jp.kakehashi.drs.api;

import java.time.Instant;
import jp.kakehashi.drs.web.MemberDeviceList.MemberDevice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's device as the API shows it: never a token, only its state. */
public record DeviceView(
        String modelId,

        @Schema(description = "The model's name, as the shop shows it")
        String modelName,

        String serialNumber,
        String status,
        String tokenState,

        @Schema(description = "Why the device needs setting up again, when it does")
        String tokenProblem,

        Instant refreshDueAt,
        Instant lastRefreshedAt,

        @Schema(
                description = "Set up on this account; false: Amazon registered it to the member's "
                        + "linked Amazon account and nobody has set it up yet")
        boolean setUpOnThisAccount,

        @Schema(
                description = "One of Amazon's whitelisted test devices: it can be set up and report "
                        + "levels, but cannot order")
        boolean testDevice) {

    static DeviceView of(MemberDevice device) {
        return new DeviceView(
                device.modelId(),
                device.modelName(),
                device.serialNumber(),
                device.status(),
                device.tokenState(),
                device.tokenProblem(),
                device.refreshDueAt(),
                device.lastRefreshedAt(),
                device.held(),
                device.testDevice());
    }
}
