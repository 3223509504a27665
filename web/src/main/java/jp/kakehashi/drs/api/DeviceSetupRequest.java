package jp.kakehashi.drs.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the companion app read from the device: its model and the serial printed on its box. */
@Schema(description = "The device to set up")
public record DeviceSetupRequest(
        @Schema(example = "TEST_MODEL_DRS_PREREG_01", required = true)
        String modelId,

        @Schema(example = "TEST_SERIAL_01", required = true) String serialNumber) {}
