package jp.kakehashi.admin.application;

import java.util.List;

/** A slot of a device model as an admin enters it: id, name, low threshold in percent, the ASINs it takes. */
public record SlotDraft(String slotId, String displayName, int lowThresholdPercent, List<String> asins) {

    public SlotDraft {
        asins = asins == null ? List.of() : List.copyOf(asins);
    }
}
