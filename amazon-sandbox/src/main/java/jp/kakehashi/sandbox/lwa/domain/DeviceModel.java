package jp.kakehashi.sandbox.lwa.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A DRS device model as launched with Amazon: its serial number rule, the ASINs it can reorder and the LWA client
 * (security profile) it was launched under.
 *
 * @param whitelisted the the DRS pre-registration guide test model: any valid client may exchange its serials, and the tokens cannot be
 *                    used for replenishment
 */
public record DeviceModel(
        String modelId, Pattern serialPattern, List<String> asins, String ownerClientId, boolean whitelisted) {

    public DeviceModel {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(serialPattern, "serialPattern");
        Objects.requireNonNull(ownerClientId, "ownerClientId");
        asins = List.copyOf(asins);
    }

    public static DeviceModel of(
            String modelId, String serialRegex, List<String> asins, String ownerClientId, boolean whitelisted) {
        return new DeviceModel(modelId, Pattern.compile(serialRegex), asins, ownerClientId, whitelisted);
    }

    public boolean acceptsSerial(String serial) {
        return serial != null && serialPattern.matcher(serial).matches();
    }

    /** Who may exchange this model's devices: the owner, or anyone for the whitelisted test model. */
    public boolean usableBy(String clientId) {
        return whitelisted || ownerClientId.equals(clientId);
    }

    public String serialRegex() {
        return serialPattern.pattern();
    }
}
