package jp.kakehashi.admin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.drs.domain.DeviceOwnershipChanged;

/**
 * Writes every change of a device's hands to the audit trail, in the transaction that made it: the DRS feature
 * publishes what happened, the admin feature keeps the record.
 */
@ApplicationScoped
public class DeviceOwnershipAudit {

    @Inject
    private AuditTrail auditTrail;

    void onOwnershipChanged(@Observes DeviceOwnershipChanged change) {
        AdminAction action = switch (change.cause()) {
            case REGISTERED_TO_ANOTHER_CUSTOMER -> AdminAction.DEVICE_REGISTERED_TO_ANOTHER_CUSTOMER;
            case SET_UP_BY_REGISTERED_CUSTOMER -> AdminAction.DEVICE_SET_UP_BY_REGISTERED_CUSTOMER;
            case REMOVED_BY_MEMBER -> AdminAction.DEVICE_REMOVED_BY_MEMBER;
        };
        auditTrail.record(
                change.actor(),
                action,
                "device " + change.deviceId(),
                change.modelId() + " " + change.serialNumber() + ": member " + member(change.previousMemberId()) + " → "
                        + member(change.newMemberId()) + "; the previous holder's tokens were destroyed");
    }

    private static String member(Long memberId) {
        return memberId == null ? "none" : memberId.toString();
    }
}
