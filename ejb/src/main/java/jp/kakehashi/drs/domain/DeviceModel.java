package jp.kakehashi.drs.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A device model that Dash Replenishment knows, with the regular expression its serial numbers follow. The DRS pre-registration guide asks
 * makers to keep that expression per model; every serial that enters Kakehashi is checked against it.
 */
@Entity
@Table(name = "device_model")
@NamedQuery(name = DeviceModel.ALL_BY_ID, query = "SELECT m FROM DeviceModel m ORDER BY m.modelId")
public class DeviceModel {

    public static final String ALL_BY_ID = "DeviceModel.allById";
    public static final int MAX_MODEL_ID_LENGTH = 128;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;
    public static final int MAX_PATTERN_LENGTH = 500;

    @Id
    @Column(name = "model_id", length = MAX_MODEL_ID_LENGTH)
    private String modelId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "serial_number_pattern", nullable = false, length = 500)
    private String serialNumberPattern;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "device_model_asin", joinColumns = @JoinColumn(name = "model_id"))
    @Column(name = "asin", length = 20)
    private Set<String> asins = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DeviceModel() {
        // for JPA
    }

    public DeviceModel(String modelId, String displayName, String serialNumberPattern, Set<String> asins) {
        this.modelId = requireText(modelId, "modelId");
        if (modelId.length() > MAX_MODEL_ID_LENGTH) {
            throw new IllegalArgumentException("modelId is longer than " + MAX_MODEL_ID_LENGTH + " characters");
        }
        this.displayName = validName(displayName);
        this.serialNumberPattern = serialPattern(serialNumberPattern).pattern();
        this.asins = validAsins(asins);
    }

    /** Whether a serial number is one this model can have: the whole serial must match the expression. */
    public boolean acceptsSerialNumber(String serialNumber) {
        return serialNumber != null
                && Pattern.compile(serialNumberPattern).matcher(serialNumber).matches();
    }

    public void describe(String displayName, String serialNumberPattern, Set<String> asins) {
        String name = validName(displayName);
        String pattern = serialPattern(serialNumberPattern).pattern();
        LinkedHashSet<String> products = validAsins(asins);
        this.displayName = name;
        this.serialNumberPattern = pattern;
        this.asins = products;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public String getModelId() {
        return modelId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getSerialNumberPattern() {
        return serialNumberPattern;
    }

    public Set<String> getAsins() {
        return Collections.unmodifiableSet(asins);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /**
     * A model's serial expression, compiled: what the model's every serial must match as a whole.
     *
     * @throws IllegalArgumentException when it is missing, longer than {@value #MAX_PATTERN_LENGTH} characters or not a
     *                                  regular expression
     */
    public static Pattern serialPattern(String expression) {
        String text = requireText(expression, "serialNumberPattern");
        if (text.length() > MAX_PATTERN_LENGTH) {
            throw new IllegalArgumentException(
                    "serialNumberPattern is longer than " + MAX_PATTERN_LENGTH + " characters");
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "serialNumberPattern is not a valid regular expression: " + e.getDescription(), e);
        }
    }

    private static String validName(String displayName) {
        String name = requireText(displayName, "displayName");
        if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new IllegalArgumentException("displayName is longer than " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        return name;
    }

    private static LinkedHashSet<String> validAsins(Set<String> asins) {
        Set<String> given = asins == null ? Set.of() : asins;
        Asin.requireAll(given, "The model's ASINs");
        return new LinkedHashSet<>(given);
    }
}
