package jp.kakehashi.sandbox.drs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The DRS service part's settings ({@code sandbox.drs.*} in microprofile-config.properties). */
@ApplicationScoped
public class DrsSandboxConfig {

    @Inject
    @ConfigProperty(name = "sandbox.drs.slots")
    String slots;

    @Inject
    @ConfigProperty(name = "sandbox.drs.ship-after")
    Duration shipAfter;

    @Inject
    @ConfigProperty(name = "sandbox.drs.deliver-after")
    Duration deliverAfter;

    /** Each model's slot ids, from {@code MODEL:slot+slot,MODEL:slot}. */
    public Map<String, List<String>> slotsByModel() {
        Map<String, List<String>> byModel = new LinkedHashMap<>();
        for (String entry : slots.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                byModel.put(
                        parts[0].strip(),
                        Arrays.stream(parts[1].split("\\+"))
                                .map(String::strip)
                                .filter(slot -> !slot.isEmpty())
                                .toList());
            }
        }
        return byModel;
    }

    /** From an order placed to its ItemShippedNotification (the shortenable clock of the order's life). */
    public Duration shipAfter() {
        return shipAfter;
    }

    /** From shipped to delivered: the order is no longer in progress then. */
    public Duration deliverAfter() {
        return deliverAfter;
    }
}
