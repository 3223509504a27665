package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.SlotDefinition;

/** The device models and their slots: the drs tables that admins edit go through here. */
@Stateless
public class DefaultDeviceModelService implements DeviceModelService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public List<DeviceModel> listModels() {
        return entityManager
                .createNamedQuery(DeviceModel.ALL_BY_ID, DeviceModel.class)
                .getResultList();
    }

    @Override
    public Optional<DeviceModel> findModel(String modelId) {
        return Optional.ofNullable(entityManager.find(DeviceModel.class, modelId));
    }

    @Override
    public DeviceModel addModel(DeviceModel model) {
        if (entityManager.find(DeviceModel.class, model.getModelId()) != null) {
            throw new DuplicateDeviceModelException(model.getModelId());
        }
        entityManager.persist(model);
        return model;
    }

    @Override
    public void removeModel(String modelId) {
        findModel(modelId).ifPresent(entityManager::remove);
    }

    @Override
    public Optional<DeviceModel> describeModel(
            String modelId, String displayName, String serialNumberPattern, Set<String> asins) {
        Optional<DeviceModel> model = findModel(modelId);
        model.ifPresent(found -> found.describe(displayName, serialNumberPattern, asins));
        return model;
    }

    @Override
    public List<String> serialsNotMatching(String modelId, Pattern pattern, int max) {
        return entityManager
                .createQuery(
                        "SELECT d.serialNumber FROM Device d WHERE d.modelId = :modelId ORDER BY d.serialNumber",
                        String.class)
                .setParameter("modelId", modelId)
                .getResultStream()
                .filter(serial -> !pattern.matcher(serial).matches())
                .limit(max)
                .toList();
    }

    @Override
    public void replaceSlots(String modelId, Collection<SlotDefinition> slots) {
        Map<String, SlotDefinition> wanted = new LinkedHashMap<>();
        slots.forEach(slot -> wanted.put(slot.getSlotId(), slot));
        // Read in this transaction's persistence context: the rows are managed, changed and removed in place
        for (SlotDefinition existing : entityManager
                .createNamedQuery(SlotDefinition.OF_MODEL, SlotDefinition.class)
                .setParameter("modelId", modelId)
                .getResultList()) {
            SlotDefinition changed = wanted.remove(existing.getSlotId());
            if (changed == null) {
                entityManager.remove(existing);
            } else {
                existing.describe(changed);
            }
        }
        wanted.values().forEach(entityManager::persist);
    }
}
