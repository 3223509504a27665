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
import java.util.Objects;

/** A slot of a device model as launched with Amazon (a container the device consumes), and when it counts as low. */
@Entity
@Table(name = "device_model_slot")
@IdClass(SlotDefinition.Key.class)
@NamedQuery(name = SlotDefinition.OF_MODEL, query = "SELECT s FROM SlotDefinition s WHERE s.modelId = :modelId ORDER BY s.slotId")
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

    protected SlotDefinition() {
        // for JPA
    }

    public SlotDefinition(String modelId, String slotId, String displayName, int lowThresholdPercent) {
        this.modelId = modelId;
        this.slotId = slotId;
        this.displayName = displayName;
        this.lowThresholdPercent = lowThresholdPercent;
    }

    /** Low when what remains is at most the threshold's share of a full container. */
    public boolean isLow(BigDecimal remaining, BigDecimal original) {
        if (original.signum() <= 0) {
            return true;
        }
        BigDecimal percent = remaining.multiply(BigDecimal.valueOf(100)).divide(original, 3, RoundingMode.HALF_UP);
        return percent.compareTo(BigDecimal.valueOf(lowThresholdPercent)) <= 0;
    }

    public String getModelId() { return modelId; }
    public String getSlotId() { return slotId; }
    public String getDisplayName() { return displayName; }
    public int getLowThresholdPercent() { return lowThresholdPercent; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String modelId;
        private String slotId;

        public Key() {
        }

        public Key(String modelId, String slotId) {
            this.modelId = modelId;
            this.slotId = slotId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(modelId, key.modelId) && Objects.equals(slotId, key.slotId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelId, slotId);
        }
    }
}
