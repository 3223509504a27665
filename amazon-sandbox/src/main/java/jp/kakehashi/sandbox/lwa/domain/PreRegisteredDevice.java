package jp.kakehashi.sandbox.lwa.domain;

import java.time.Instant;
import java.util.List;

/**
 * A device that a customer has set up for Dash Replenishment: bought on Amazon with replenishment chosen
 * (pre-registration) or set up through the LWA consent page.
 *
 * @param ownerClientId the LWA client id of the model's security profile (the {@code lwaClientId} of DRS notifications)
 * @param asins         the ASINs the customer chose to reorder (empty when none were chosen)
 */
public record PreRegisteredDevice(
        String serial,
        String modelId,
        String directedCustomerId,
        String ownerClientId,
        List<String> asins,
        Source source,
        Instant registeredAt) {

    public PreRegisteredDevice {
        asins = List.copyOf(asins);
    }

    public enum Source {
        /** Bought on Amazon with DRS chosen at checkout (Amazon's DRS pre-registration guide), or pre-registered through the control API. */
        PRE_REGISTRATION,
        /** Set up through the LWA consent page (standard DRS flow). */
        CONSENT
    }
}
