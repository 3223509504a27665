package jp.kakehashi.drs.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.member.application.DeviceStillRegisteredException;
import jp.kakehashi.member.application.MemberAccounts;
import jp.kakehashi.member.application.MemberData;
import jp.kakehashi.member.application.MemberDataHolder;
import jp.kakehashi.member.application.MemberDevices;

/**
 * The DRS feature's part in a member's account (issue 29): their devices for the download and the admin's member
 * page, removing them when the account is deleted, and forgetting the member in what Amazon told us of devices.
 */
@Stateless
@Local({MemberDevices.class, MemberDataHolder.class})
public class DevicesOfMembers implements MemberDevices, MemberDataHolder {

    /** Written in place of a deleted member's Amazon buyerId in device events. */
    static final String FORGOTTEN_CUSTOMER = "deleted-member";

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DeviceRecords deviceRecords;

    @Inject
    private DeviceSetup deviceSetup;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<MemberData.DeviceEntry> devicesOf(long memberId, String amazonBuyerId) {
        List<Device> devices = deviceRecords.devicesOf(memberId, amazonBuyerId);
        Map<Long, DeviceTokens> tokens =
                deviceRecords.tokensOf(devices.stream().map(Device::getId).toList());
        return devices.stream()
                .map(device -> new MemberData.DeviceEntry(
                        device.getModelId(),
                        device.getSerialNumber(),
                        device.getStatus().name(),
                        device.isOwnedBy(memberId),
                        device.getRegisteredAt(),
                        tokens.containsKey(device.getId())))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MemberAccounts.DeviceRelease releaseHeld(long memberId) {
        int released = 0;
        for (Device device : held(memberId)) {
            switch (deviceSetup.remove(memberId, device.getModelId(), device.getSerialNumber())) {
                case REMOVED -> released++;
                case NOT_HELD -> {
                    // Changed hands meanwhile (Amazon registered it to another customer): no longer the member's
                }
                case AMAZON_UNAVAILABLE -> {
                    return MemberAccounts.DeviceRelease.amazonUnavailable(
                            device.getModelId(), device.getSerialNumber(), released);
                }
            }
        }
        return MemberAccounts.DeviceRelease.done(released);
    }

    /**
     * A device still held has been set up since {@link #releaseHeld} ran: one without tokens has nothing to deregister
     * and is released; one with tokens refuses the deletion. The devices stay the shop's, without the buyerId.
     */
    @Override
    public void forget(long memberId, String email, String amazonBuyerId) {
        Instant now = clock.instant();
        for (Device device : held(memberId)) {
            if (entityManager.find(DeviceTokens.class, device.getId()) != null) {
                throw new DeviceStillRegisteredException(device.getModelId(), device.getSerialNumber());
            }
            device.release(now);
        }
        entityManager.flush();
        if (amazonBuyerId != null) {
            entityManager
                    .createQuery("UPDATE Device d SET d.directedCustomerId = NULL, d.updatedAt = :now, "
                            + "d.version = d.version + 1 WHERE d.directedCustomerId = :buyerId")
                    .setParameter("now", now)
                    .setParameter("buyerId", amazonBuyerId)
                    .executeUpdate();
            entityManager
                    .createQuery("UPDATE DeviceEvent e SET e.payload = REPLACE(e.payload, :buyerId, :forgotten) "
                            + "WHERE LOCATE(:buyerId, e.payload) > 0")
                    .setParameter("buyerId", amazonBuyerId)
                    .setParameter("forgotten", FORGOTTEN_CUSTOMER)
                    .executeUpdate();
        }
        entityManager
                .createQuery("DELETE FROM DeviceSetupAttempt a WHERE a.memberId = :memberId")
                .setParameter("memberId", memberId)
                .executeUpdate();
    }

    private List<Device> held(long memberId) {
        return entityManager
                .createQuery("SELECT d FROM Device d WHERE d.memberId = :memberId", Device.class)
                .setParameter("memberId", memberId)
                .getResultList();
    }
}
