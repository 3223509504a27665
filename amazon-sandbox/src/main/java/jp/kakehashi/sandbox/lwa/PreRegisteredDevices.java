package jp.kakehashi.sandbox.lwa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.PreRegisteredDevice;

/**
 * The devices customers have set up for Dash Replenishment, by model and serial. Other parts of the sandbox (SNS's
 * "scan the box") list them here; the token endpoint checks {@code device_preregistration} against them.
 */
@ApplicationScoped
public class PreRegisteredDevices {

    private static final Pattern DIRECTED_CUSTOMER_ID = Pattern.compile("amzn1\\.account\\.[A-Z0-9]{1,64}");

    private final Map<String, PreRegisteredDevice> devices = new ConcurrentHashMap<>();
    private DeviceModels models;
    private Clock clock;

    protected PreRegisteredDevices() {}

    @Inject
    public PreRegisteredDevices(DeviceModels models) {
        this(models, Clock.systemUTC());
    }

    public PreRegisteredDevices(DeviceModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
        preRegister(
                LwaSeedData.TEST_SERIAL_01,
                LwaSeedData.TEST_MODEL,
                LwaSeedData.TEST_DEVICE_CUSTOMER,
                LwaSeedData.TEST_ASINS);
        preRegister(
                LwaSeedData.TEST_SERIAL_02,
                LwaSeedData.TEST_MODEL,
                LwaSeedData.TEST_DEVICE_CUSTOMER,
                LwaSeedData.TEST_ASINS);
        preRegister(
                LwaSeedData.COFFEE_PRE_REGISTERED_SERIAL,
                LwaSeedData.COFFEE_MODEL,
                LwaSeedData.HANAKO.directedCustomerId(),
                List.of(LwaSeedData.COFFEE_ASINS.get(0)));
    }

    /** Every device set up, by model then serial. */
    public List<PreRegisteredDevice> list() {
        return devices.values().stream()
                .sorted(Comparator.comparing(PreRegisteredDevice::modelId).thenComparing(PreRegisteredDevice::serial))
                .toList();
    }

    public Optional<PreRegisteredDevice> find(String modelId, String serial) {
        return modelId == null || serial == null
                ? Optional.empty()
                : Optional.ofNullable(devices.get(key(modelId, serial)));
    }

    /** Pre-registers a device bought on Amazon with no ASIN chosen yet. */
    public PreRegisteredDevice preRegister(String serial, String modelId, String directedCustomerId) {
        return preRegister(serial, modelId, directedCustomerId, List.of());
    }

    /**
     * Pre-registers a device bought on Amazon with DRS chosen at checkout.
     *
     * @throws IllegalArgumentException when the model is not launched, the serial does not match the model's rule,
     *                                  the customer id is not a directed customer id, or an ASIN is not the model's
     * @throws IllegalStateException    when the serial is already registered for this model
     */
    public PreRegisteredDevice preRegister(
            String serial, String modelId, String directedCustomerId, List<String> asins) {
        PreRegisteredDevice device =
                validated(serial, modelId, directedCustomerId, asins, PreRegisteredDevice.Source.PRE_REGISTRATION);
        if (devices.putIfAbsent(key(modelId, serial), device) != null) {
            throw new IllegalStateException("Serial " + serial + " of model " + modelId + " is already registered");
        }
        return device;
    }

    /** Records a device set up through the consent page, replacing an earlier registration of the same serial. */
    public PreRegisteredDevice setUpThroughConsent(
            String serial, String modelId, String directedCustomerId, List<String> asins) {
        PreRegisteredDevice device =
                validated(serial, modelId, directedCustomerId, asins, PreRegisteredDevice.Source.CONSENT);
        devices.put(key(modelId, serial), device);
        return device;
    }

    public boolean remove(String modelId, String serial) {
        return modelId != null && serial != null && devices.remove(key(modelId, serial)) != null;
    }

    private PreRegisteredDevice validated(
            String serial,
            String modelId,
            String directedCustomerId,
            List<String> asins,
            PreRegisteredDevice.Source source) {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("A device model is required");
        }
        DeviceModel model = models.find(modelId)
                .orElseThrow(() -> new IllegalArgumentException("Device model " + modelId + " is not launched"));
        if (!model.acceptsSerial(serial)) {
            throw new IllegalArgumentException("Serial " + (serial == null ? "(none)" : "'" + serial + "'")
                    + " does not match the serial format of " + modelId + ": " + model.serialRegex());
        }
        if (directedCustomerId == null
                || !DIRECTED_CUSTOMER_ID.matcher(directedCustomerId).matches()) {
            throw new IllegalArgumentException(
                    "The customer must be a directed customer id such as amzn1.account.AEXAMPLE123");
        }
        List<String> chosen = asins == null ? List.of() : List.copyOf(asins);
        for (String asin : chosen) {
            if (!model.asins().contains(asin)) {
                throw new IllegalArgumentException(
                        "ASIN " + asin + " is not one of " + modelId + "'s ASINs " + model.asins());
            }
        }
        return new PreRegisteredDevice(
                serial, modelId, directedCustomerId, model.ownerClientId(), chosen, source, clock.instant());
    }

    private static String key(String modelId, String serial) {
        return modelId + '\u0000' + serial;
    }
}
