package jp.kakehashi.sandbox.lwa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;

/** The DRS device models launched with Amazon, each under one LWA client. */
@ApplicationScoped
public class DeviceModels {

    private final Map<String, DeviceModel> models = new ConcurrentHashMap<>();

    protected DeviceModels() {}

    @Inject
    public DeviceModels(LwaSandboxConfig config) {
        LwaSeedData.models(config.demoClientId()).forEach(this::put);
    }

    public void launch(DeviceModel model) {
        put(model);
    }

    private void put(DeviceModel model) {
        models.put(model.modelId(), model);
    }

    public Optional<DeviceModel> find(String modelId) {
        return modelId == null ? Optional.empty() : Optional.ofNullable(models.get(modelId));
    }

    public List<DeviceModel> all() {
        return models.values().stream()
                .sorted(Comparator.comparing(DeviceModel::modelId))
                .toList();
    }
}
