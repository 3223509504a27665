package jp.kakehashi.drs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A slot of a device model as launched with Amazon (a container the device consumes), and when it counts as low. */
@Entity
@Table(name = "device_model_slot")
@IdClass(SlotDefinition.Key.class)
@NamedQuery(
        name = SlotDefinition.OF_MODEL,
        query = "SELECT s FROM SlotDefinition s WHERE s.modelId = :modelId ORDER BY s.slotId")
public class SlotDefinition {

    public static final String OF_MODEL = "SlotDefinition.ofModel";

    @Id
    @Column(name = "model_id", length = 128)
    private String modelId;

    @Id
    @Column(name = "slot_id", length = 64)
    private String slotId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "low_threshold_percent", nullable = false)
    private int lowThresholdPercent;

    /** Space-separated: a handful of ASINs, never queried by one. */
    @Column(name = "asins", nullable = false, length = 1000)
    private String asins = "";

    private static final Pattern SLOT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_NAME = 200;
    private static final int MAX_ASINS = 90;

    protected SlotDefinition() {
        // for JPA
    }

    /**
     * A slot as launched with Amazon: its id (as Amazon's slot id: letters, digits, '.', '_', '-'), the name members
     * see, the level in percent of a full container at or below which it is reordered, and the products it takes.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public SlotDefinition(
            String modelId, String slotId, String displayName, int lowThresholdPercent, List<String> asins) {
        if (slotId == null || !SLOT_ID.matcher(slotId).matches()) {
            throw new IllegalArgumentException("A slot id is 1 to 64 letters, digits, '.', '_' or '-': " + slotId);
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "Slot " + slotId + " needs a name of at most " + MAX_NAME + " characters");
        }
        if (lowThresholdPercent < 0 || lowThresholdPercent > 100) {
            throw new IllegalArgumentException("Slot " + slotId + "'s low threshold is a percentage from 0 to 100");
        }
        Asin.requireAll(asins, "Slot " + slotId);
        if (asins.size() > MAX_ASINS) {
            throw new IllegalArgumentException("Slot " + slotId + " takes at most " + MAX_ASINS + " ASINs");
        }
        this.modelId = modelId;
        this.slotId = slotId;
        this.displayName = displayName.strip();
        this.lowThresholdPercent = lowThresholdPercent;
        this.asins = String.join(" ", new java.util.LinkedHashSet<>(asins));
    }

    /** The same slot with what an admin changed: name, threshold and products (the id is the slot's identity). */
    public void describe(SlotDefinition changed) {
        this.displayName = changed.displayName;
        this.lowThresholdPercent = changed.lowThresholdPercent;
        this.asins = changed.asins;
    }

    /** Low when what remains is at most the threshold's share of a full container. */
    public boolean isLow(BigDecimal remaining, BigDecimal original) {
        if (original.signum() <= 0) {
            return true;
        }
        BigDecimal percent = remaining.multiply(BigDecimal.valueOf(100)).divide(original, 3, RoundingMode.HALF_UP);
        return percent.compareTo(BigDecimal.valueOf(lowThresholdPercent)) <= 0;
    }

    public String getModelId() {
        return modelId;
    }

    public String getSlotId() {
        return slotId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public int getLowThresholdPercent() {
        return lowThresholdPercent;
    }

    public List<String> getAsins() {
        return asins.isBlank() ? List.of() : List.of(asins.split(" "));
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String modelId;
        private String slotId;

        public Key() {}

        public Key(String modelId, String slotId) {
            this.modelId = modelId;
            this.slotId = slotId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(modelId, key.modelId)
                    && Objects.equals(slotId, key.slotId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelId, slotId);
        }
    }
}
