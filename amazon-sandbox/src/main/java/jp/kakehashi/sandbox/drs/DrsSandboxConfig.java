package jp.kakehashi.sandbox.drs;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakehashi.sandbox.settings.SettingsPrefix;

/**
 * The DRS service part's settings ({@code sandbox.drs.*} in microprofile-config.properties).
 *
 * @param slots each model's slots, {@code MODEL:slot+slot,MODEL:slot} ({@link #slotsByModel()})
 * @param shipAfter from an order placed to its ItemShippedNotification (the shortenable clock of the order's life)
 * @param deliverAfter from shipped to delivered: the order is no longer in progress then
 */
@SettingsPrefix("sandbox.drs")
public record DrsSandboxConfig(String slots, Duration shipAfter, Duration deliverAfter) {

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
}
