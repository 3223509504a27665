package jp.kakehashi.admin.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DeviceSetup;
import jp.kakehashi.drs.application.DeviceSetupService;
import jp.kakehashi.drs.application.TokenCounts;
import jp.kakehashi.drs.application.DuplicateDeviceModelException;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokensMadeDue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

@Stateless
public class DefaultDeviceAdministration implements DeviceAdministration {

    private static final int MAX_DISPLAY_NAME = 200;
    private static final int MAX_PATTERN = 500;
    private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DeviceSetupService setups;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private DeviceModelService modelService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<TokensMadeDue> tokensMadeDue;

    @Override
    public List<DeviceOverview> devices(String search, int first, int max) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<Device> devices = entityManager.createQuery("""
                        SELECT d FROM Device d
                        WHERE :text = '' OR LOWER(d.serialNumber) LIKE :like ESCAPE '\\' OR LOWER(d.modelId) LIKE :like ESCAPE '\\'
                           OR LOWER(d.directedCustomerId) LIKE :like ESCAPE '\\'
                        ORDER BY d.updatedAt DESC, d.id DESC""", Device.class)
                .setParameter("text", text).setParameter("like", "%" + escapeLike(text) + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        if (devices.isEmpty()) {
            return List.of();
        }
        Map<Long, DeviceTokens> tokens = setups.tokensOf(devices.stream().map(Device::getId).toList());
        return devices.stream().map(device -> DeviceOverview.of(device, tokens.get(device.getId()))).toList();
    }

    @Override
    public long countDevices() {
        return entityManager.createQuery("SELECT COUNT(d) FROM Device d", Long.class).getSingleResult();
    }

    /** Not in a transaction: the call to Login with Amazon must not hold a database connection. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean refreshTokens(long deviceId, String actor) {
        if (setups.tokensOf(deviceId).isEmpty()) {
            throw new AdminActionRefusedException("Device " + deviceId + " has no tokens to refresh");
        }
        boolean refreshed = deviceSetup.refresh(deviceId);
        auditTrail.record(actor, AdminAction.REFRESH_DEVICE_TOKENS, "device " + deviceId, refreshed ? "refreshed" : "refresh failed");
        return refreshed;
    }

    @Override
    public int refreshAllTokens(String actor) {
        int due = setups.markAllDue(Instant.now());
        auditTrail.record(actor, AdminAction.REFRESH_ALL_DEVICE_TOKENS, "all devices", due + " made due");
        tokensMadeDue.fire(new TokensMadeDue(due));
        return due;
    }

    @Override
    public TokenCounts tokenCounts() {
        return setups.countTokens(Instant.now());
    }

    @Override
    public void markNeedsSetup(long deviceId, String actor) {
        Device device = entityManager.find(Device.class, deviceId);
        if (device == null) {
            throw new AdminActionRefusedException("No device " + deviceId);
        }
        DeviceTokens tokens = setups.tokensOf(deviceId)
                .orElseThrow(() -> new AdminActionRefusedException("Device " + deviceId + " has not been set up"));
        setups.recordRefused(deviceId, tokens.getVersion(), "Marked as needing setup again by " + actor);
        auditTrail.record(actor, AdminAction.MARK_DEVICE_NEEDS_SETUP, "device " + deviceId,
                device.getModelId() + " " + device.getSerialNumber());
    }

    @Override
    public List<DeviceModel> models() {
        return modelService.listModels();
    }

    @Override
    public DeviceModel saveModel(String modelId, String displayName, String serialNumberPattern, Set<String> asins,
                                 List<String> sampleSerials, boolean isNew, String actor) {
        Pattern pattern = compile(serialNumberPattern);
        if (displayName != null && displayName.strip().length() > MAX_DISPLAY_NAME || serialNumberPattern.strip().length() > MAX_PATTERN) {
            throw new DeviceModelRejectedException("The name is limited to " + MAX_DISPLAY_NAME + " characters and the expression to " + MAX_PATTERN);
        }
        List<String> badAsins = asins.stream().filter(asin -> !ASIN.matcher(asin).matches()).toList();
        if (!badAsins.isEmpty()) {
            throw new DeviceModelRejectedException("Not ASINs (10 capital letters or digits): " + String.join(", ", badAsins));
        }
        List<String> refused = sampleSerials.stream().filter(sample -> !pattern.matcher(sample).matches()).toList();
        if (!refused.isEmpty()) {
            throw new DeviceModelRejectedException("The serial expression does not accept these samples: " + String.join(", ", refused));
        }
        DeviceModel saved;
        if (isNew) {
            try {
                saved = modelService.addModel(new DeviceModel(modelId, displayName, serialNumberPattern, asins));
            } catch (DuplicateDeviceModelException e) {
                throw new DeviceModelRejectedException(e.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new DeviceModelRejectedException(e.getMessage());
            }
            auditTrail.record(actor, AdminAction.ADD_DEVICE_MODEL, modelId, serialNumberPattern);
            return saved;
        }
        saved = modelService.findModel(modelId).orElseThrow(() -> new DeviceModelRejectedException("No device model " + modelId));
        List<String> orphaned = entityManager.createQuery(
                        "SELECT d.serialNumber FROM Device d WHERE d.modelId = :modelId ORDER BY d.serialNumber", String.class)
                .setParameter("modelId", modelId).getResultStream()
                .filter(serial -> !pattern.matcher(serial).matches()).limit(5).toList();
        if (!orphaned.isEmpty()) {
            throw new DeviceModelRejectedException("Devices already stored would break the new expression, for example: "
                    + String.join(", ", orphaned));
        }
        try {
            saved.describe(displayName, serialNumberPattern, asins);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DeviceModelRejectedException(e.getMessage());
        }
        auditTrail.record(actor, AdminAction.EDIT_DEVICE_MODEL, modelId, serialNumberPattern);
        return saved;
    }

    private static Pattern compile(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new DeviceModelRejectedException("A serial number expression is required");
        }
        try {
            return Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new DeviceModelRejectedException("Not a regular expression: " + e.getDescription());
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
