package jp.kakehashi.drs.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import jp.kakehashi.shared.web.OneTimeStates;

/** The OAuth {@code state} of the standard DRS setup, bound to the session and to the device being set up. */
@SessionScoped
public class DrsAuthorizationStates implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The device a consent was asked for. */
    public record PendingSetup(String modelId, String serialNumber) implements Serializable {}

    private final OneTimeStates<PendingSetup> states = new OneTimeStates<>(Duration.ofMinutes(30), 20);

    public String issue(String modelId, String serialNumber) {
        return states.issue(new PendingSetup(modelId, serialNumber));
    }

    public Optional<PendingSetup> consume(String state) {
        return states.consume(state);
    }
}
