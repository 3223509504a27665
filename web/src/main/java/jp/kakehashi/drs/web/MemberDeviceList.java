package jp.kakehashi.drs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakehashi.drs.application.DashReplenishmentConfiguration;
import jp.kakehashi.drs.application.DeviceModelService;
import jp.kakehashi.drs.application.DeviceRecords;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.web.CurrentMember;

/** The signed-in member's devices, as the devices page and the companion app API show them: one query for the tokens. */
@RequestScoped
public class MemberDeviceList {

    /**
     * One device: never a token, only its state. {@code held}: set up on this account (false for a device Amazon
     * registered to the member's linked Amazon account that nobody holds yet). {@code testDevice}: one of Amazon's
     * whitelisted test devices, which cannot order.
     */
    public record MemberDevice(
            String modelId,
            String modelName,
            String serialNumber,
            String status,
            String tokenState,
            String tokenProblem,
            Instant refreshDueAt,
            Instant lastRefreshedAt,
            boolean held,
            boolean testDevice) {}

    @Inject
    private CurrentMember currentMember;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private DashReplenishmentConfiguration drsConfiguration;

    @Inject
    private DeviceModelService models;

    /** The request's source address as Liberty's remoteIp resolves it: what the per-source setup limit counts. */
    @Inject
    private HttpServletRequest request;

    public List<MemberDevice> devices() {
        Member member = currentMember.member().orElseThrow();
        List<Device> devices = deviceRecords.devicesOf(
                member.getId(), member.getAmazonBuyerId().orElse(null));
        Map<Long, DeviceTokens> tokens =
                deviceRecords.tokensOf(devices.stream().map(Device::getId).toList());
        // Members know their device by the model's name, not its id as launched with Amazon
        Map<String, String> modelNames = models.listModels().stream()
                .collect(java.util.stream.Collectors.toMap(
                        DeviceModel::getModelId, DeviceModel::getDisplayName, (first, second) -> first));
        return devices.stream()
                .map(device -> view(
                        device,
                        modelNames.getOrDefault(device.getModelId(), device.getModelId()),
                        Optional.ofNullable(tokens.get(device.getId())),
                        member.getId(),
                        drsConfiguration.isTestModel(device.getModelId())))
                .toList();
    }

    /** Whether the signed-in member holds this device. */
    public boolean holds(String modelId, String serialNumber) {
        return deviceRecords
                .deviceOf(claimant().memberId(), modelId, serialNumber)
                .isPresent();
    }

    /** The signed-in member as the one who sets a device up. */
    public DeviceClaimant claimant() {
        Member member = currentMember.member().orElseThrow();
        return new DeviceClaimant(member.getId(), member.getAmazonBuyerId().orElse(null), request.getRemoteAddr());
    }

    private static MemberDevice view(
            Device device, String modelName, Optional<DeviceTokens> tokens, long memberId, boolean testDevice) {
        return new MemberDevice(
                device.getModelId(),
                modelName,
                device.getSerialNumber(),
                device.getStatus().name(),
                tokens.map(DeviceTokens::getState).map(Enum::name).orElse(null),
                tokens.filter(t -> t.getState() == DeviceTokens.State.NEEDS_SETUP)
                        .map(DeviceTokens::getLastError)
                        .orElse(null),
                tokens.map(DeviceTokens::getRefreshDueAt).orElse(null),
                tokens.map(DeviceTokens::getLastRefreshedAt).orElse(null),
                device.isOwnedBy(memberId),
                testDevice);
    }
}
