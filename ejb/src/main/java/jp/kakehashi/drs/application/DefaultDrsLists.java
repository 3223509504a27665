package jp.kakehashi.drs.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.DrsCall;
import jp.kakehashi.shared.paging.KeysetQuery;
import jp.kakehashi.shared.paging.ListCursor;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/** Reads each list's page straight from its table: the indexes of V24 make each page an index range scan. */
@Stateless
public class DefaultDrsLists implements DrsLists {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Inject
    private DeviceRecords deviceRecords;

    @Override
    public ListPage<DeviceOverview> devices(DeviceFilter filter, PageRequest page) {
        // By id alone: a device's updated_at changes while an admin pages, its id does not
        ListPage<Device> devices = KeysetQuery.byId(Device.class, "devices", "id")
                .equal("status", filter.status())
                .equal(
                        "modelId",
                        filter.modelId() == null || filter.modelId().isBlank()
                                ? null
                                : filter.modelId().strip())
                .contains(filter.search(), "serialNumber", "modelId", "directedCustomerId")
                .within("createdAt", filter.period())
                .page(entityManager, page, device -> ListCursor.of(null, device.getId()));
        if (devices.items().isEmpty()) {
            return devices.map(device -> null);
        }
        Map<Long, DeviceTokens> tokens = deviceRecords.tokensOf(
                devices.items().stream().map(Device::getId).toList());
        return devices.map(device -> DeviceOverview.of(device, tokens.get(device.getId())));
    }

    @Override
    public ListPage<DrsCallOverview> drsCalls(DrsCallFilter filter, PageRequest page) {
        KeysetQuery<DrsCall> query = KeysetQuery.byTime(DrsCall.class, "drs-calls", "calledAt", "id", true)
                .equal("deviceId", filter.deviceId())
                .contains(filter.search(), "endpoint", "outcome", "requestId")
                .within("calledAt", filter.period());
        if (filter.outcome() != null) {
            // DrsCall.isOk(): Amazon took the call when its outcome begins with OK
            query.where(
                    filter.outcome() == DrsCallFilter.CallOutcome.OK
                            ? "x.outcome LIKE 'OK%'"
                            : "x.outcome NOT LIKE 'OK%'");
        }
        return query.page(entityManager, page, call -> ListCursor.of(call.getCalledAt(), call.getId()))
                .map(call -> new DrsCallOverview(
                        call.getId(),
                        call.getDeviceId(),
                        call.getEndpoint(),
                        call.getSlotId(),
                        call.getHttpStatus(),
                        call.getRequestId(),
                        call.getOutcome(),
                        call.getCalledAt(),
                        call.getDurationMillis(),
                        call.isOk()));
    }
}
