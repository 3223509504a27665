package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.drs.domain.DeviceModel;

import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultDeviceModelService implements DeviceModelService {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public List<DeviceModel> listModels() {
        return entityManager.createNamedQuery(DeviceModel.ALL_BY_ID, DeviceModel.class).getResultList();
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
}
