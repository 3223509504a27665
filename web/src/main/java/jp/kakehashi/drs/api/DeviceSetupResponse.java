package jp.kakehashi.drs.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a setup. {@code skipTeaser} is the DRS pre-registration guide's answer to the companion app: true when the device was
 * pre-registered and is now set up; false when the app must show the DRS teaser (at {@code teaserUrl}).
 */
@Schema(description = "What happened, and whether the companion app skips the DRS teaser")
public record DeviceSetupResponse(String outcome, boolean skipTeaser, String teaserUrl, String message) {}
