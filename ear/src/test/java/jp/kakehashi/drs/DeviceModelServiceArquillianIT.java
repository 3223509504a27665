package jp.kakehashi.drs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DuplicateDeviceModelException;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.testsupport.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The device model service in the container: Hibernate from Liberty's global library, the JTA data source and the
 * schema that Kakehashi's migration created, through a stateless EJB.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceModelServiceArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return TestArchives.war("device-model-service-it.war")
                .addPackages(false, "jp.kakehashi.drs.domain")
                .addClasses(
                        DeviceModelService.class,
                        jp.kakehashi.drs.application.DefaultDeviceModelService.class,
                        DuplicateDeviceModelException.class)
                .addAsResource("META-INF/persistence.xml");
    }

    @Inject
    private DeviceModelService deviceModels;

    private final String modelId =
            "IT_MODEL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @AfterEach
    void removeTestModel() {
        deviceModels.removeModel(modelId);
    }

    @Test
    void aModelRoundTripsThroughTheDatabase() {
        deviceModels.addModel(new DeviceModel(modelId, "コーヒーメーカー", "CM-[0-9]{6}", Set.of("B0TEST0001", "B0TEST0002")));

        DeviceModel stored = deviceModels.findModel(modelId).orElseThrow();
        assertEquals("コーヒーメーカー", stored.getDisplayName());
        assertEquals(Set.of("B0TEST0001", "B0TEST0002"), stored.getAsins());
        assertTrue(stored.acceptsSerialNumber("CM-123456"));
        assertFalse(stored.acceptsSerialNumber("CM-12345"));
        assertTrue(stored.getCreatedAt() != null && stored.getUpdatedAt() != null);
        assertTrue(deviceModels.listModels().stream()
                .anyMatch(model -> model.getModelId().equals(modelId)));
    }

    @Test
    void theMigrationSeededSeed003sTestModel() {
        DeviceModel testModel =
                deviceModels.findModel("TEST_MODEL_DRS_PREREG_01").orElseThrow();
        assertTrue(testModel.acceptsSerialNumber("TEST_SERIAL_01"));
        assertTrue(testModel.acceptsSerialNumber("TEST_SERIAL_02"));
    }

    @Test
    void aSecondModelWithTheSameIdIsRefusedAndChangesNothing() {
        deviceModels.addModel(new DeviceModel(modelId, "First", "A[0-9]+", Set.of()));

        RuntimeException refused = assertThrows(
                RuntimeException.class,
                () -> deviceModels.addModel(new DeviceModel(modelId, "Second", "B[0-9]+", Set.of())));

        Throwable cause = refused instanceof EJBException ? refused.getCause() : refused;
        assertTrue(cause instanceof DuplicateDeviceModelException, refused.toString());
        assertEquals("First", deviceModels.findModel(modelId).orElseThrow().getDisplayName());
    }
}
