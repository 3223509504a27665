package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.DeviceModelRejectedException;
import jp.kakehashi.admin.application.SlotDraft;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.SlotDefinition;
import jp.kakehashi.shared.web.Pages;

/**
 * The device models page: the list, and a form to add a model or edit one, where the serial expression is tried on
 * sample serials before anything is saved.
 */
@Named
@ViewScoped
public class DeviceModelEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeviceAdministration devices;

    @Inject
    private Administrator administrator;

    private boolean editing;
    private boolean isNew;
    private String modelId;
    private String displayName;
    private String serialNumberPattern;
    private String asins;
    private String samples;
    private List<SampleResult> sampleResults = List.of();
    private List<SlotRow> slots = new ArrayList<>();
    private transient java.util.Map<String, List<SlotDefinition>> slotsByModel;

    /** A slot as the form holds it while the admin edits; checked by the model's rules on save. */
    public static class SlotRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String slotId;
        private String displayName;
        private Integer lowThresholdPercent = 20;
        private String asins;

        public String getSlotId() {
            return slotId;
        }

        public void setSlotId(String slotId) {
            this.slotId = slotId;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Integer getLowThresholdPercent() {
            return lowThresholdPercent;
        }

        public void setLowThresholdPercent(Integer lowThresholdPercent) {
            this.lowThresholdPercent = lowThresholdPercent;
        }

        public String getAsins() {
            return asins;
        }

        public void setAsins(String asins) {
            this.asins = asins;
        }

        boolean isBlank() {
            return (slotId == null || slotId.isBlank())
                    && (displayName == null || displayName.isBlank())
                    && (asins == null || asins.isBlank());
        }

        SlotDraft toDraft() {
            return new SlotDraft(
                    slotId, displayName, lowThresholdPercent == null ? -1 : lowThresholdPercent, lines(asins));
        }
    }

    /** A model's slots in the list. */
    public List<SlotDefinition> slotsOf(String modelId) {
        if (slotsByModel == null) {
            slotsByModel = new java.util.HashMap<>();
        }
        return slotsByModel.computeIfAbsent(modelId, devices::slots);
    }

    public List<SlotRow> getSlots() {
        return slots;
    }

    public void addSlot() {
        slots.add(new SlotRow());
    }

    public void removeSlot(SlotRow slot) {
        slots.remove(slot);
    }

    public List<DeviceModel> getModels() {
        return devices.models();
    }

    public void startNew() {
        editing = true;
        isNew = true;
        modelId = null;
        displayName = null;
        serialNumberPattern = null;
        asins = null;
        samples = null;
        sampleResults = List.of();
        slots = new ArrayList<>();
    }

    public void edit(String id) {
        devices.models().stream()
                .filter(model -> model.getModelId().equals(id))
                .findFirst()
                .ifPresent(model -> {
                    editing = true;
                    isNew = false;
                    modelId = model.getModelId();
                    displayName = model.getDisplayName();
                    serialNumberPattern = model.getSerialNumberPattern();
                    asins = String.join(" ", model.getAsins());
                    samples = null;
                    sampleResults = List.of();
                    slots = new ArrayList<>(devices.slots(model.getModelId()).stream()
                            .map(slot -> {
                                SlotRow row = new SlotRow();
                                row.setSlotId(slot.getSlotId());
                                row.setDisplayName(slot.getDisplayName());
                                row.setLowThresholdPercent(slot.getLowThresholdPercent());
                                row.setAsins(String.join(" ", slot.getAsins()));
                                return row;
                            })
                            .toList());
                });
    }

    public void cancel() {
        editing = false;
    }

    /** Tries the expression on each sample, without saving. */
    public void test() {
        Pattern pattern;
        try {
            // The model's rule for its expression, as saving applies it
            pattern = DeviceModel.serialPattern(serialNumberPattern);
        } catch (IllegalArgumentException e) {
            Pages.errorWithDetail("admin.models.bad-expression", e.getMessage());
            sampleResults = List.of();
            return;
        }
        sampleResults = lines(samples).stream()
                .map(sample -> new SampleResult(sample, pattern.matcher(sample).matches()))
                .toList();
        if (sampleResults.isEmpty()) {
            Pages.error("admin.models.no-samples");
        }
    }

    public String save() {
        List<String> sampleSerials = lines(samples);
        if (sampleSerials.isEmpty()) {
            Pages.error("admin.models.no-samples");
            return null;
        }
        try {
            devices.saveModel(
                    modelId == null ? null : modelId.strip(),
                    displayName,
                    serialNumberPattern,
                    new LinkedHashSet<>(lines(asins)),
                    slots.stream()
                            .filter(slot -> !slot.isBlank())
                            .map(SlotRow::toDraft)
                            .toList(),
                    sampleSerials,
                    isNew,
                    administrator.getName());
        } catch (DeviceModelRejectedException e) {
            Pages.errorWithDetail("admin.models.rejected", e.getMessage());
            test();
            return null;
        }
        Pages.info("admin.models.saved");
        return "/admin/models?faces-redirect=true";
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\s,]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }

    public record SampleResult(String serial, boolean accepted) implements Serializable {}

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return isNew;
    }

    public String getModelId() {
        return modelId;
    }

    public void setModelId(String modelId) {
        this.modelId = modelId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSerialNumberPattern() {
        return serialNumberPattern;
    }

    public void setSerialNumberPattern(String serialNumberPattern) {
        this.serialNumberPattern = serialNumberPattern;
    }

    public String getAsins() {
        return asins;
    }

    public void setAsins(String asins) {
        this.asins = asins;
    }

    public String getSamples() {
        return samples;
    }

    public void setSamples(String samples) {
        this.samples = samples;
    }

    public List<SampleResult> getSampleResults() {
        return sampleResults;
    }
}
