package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.drs.application.DeviceFilter;
import jp.kakehashi.drs.application.DeviceOverview;
import jp.kakehashi.drs.application.DrsLists;
import jp.kakehashi.drs.domain.DeviceStatus;
import jp.kakehashi.shared.paging.Choice;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.web.Pages;

/** The devices page: a page at a time, filtered (text, state, model, dates), token state (never a token), "refresh tokens now" and "needs setup again" (confirmed). */
@Named
@ViewScoped
public class DeviceConsole extends FilteredList<DeviceOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeviceAdministration devices;

    @Inject
    private DrsLists lists;

    @Inject
    private Administrator administrator;

    @Inject
    private jp.kakehashi.drs.application.Replenishment replenishment;

    private String status;
    private String model;
    private Long confirmingNeedsSetup;
    private Long showingCallsOf;
    private boolean confirmingRefreshAll;

    @Override
    protected ListPage<DeviceOverview> page(PageRequest request) {
        return lists.devices(
                new DeviceFilter(getSearch(), Choice.of(DeviceStatus.class, "status", status), model, period()),
                request);
    }

    public List<DeviceOverview> getDevices() {
        return getPaging().getRows();
    }

    /** The filter's choices: every state, every model. */
    public DeviceStatus[] getStatuses() {
        return DeviceStatus.values();
    }

    public List<jp.kakehashi.drs.domain.DeviceModel> getModels() {
        return devices.models();
    }

    public long getCount() {
        return devices.countDevices();
    }

    /** A new search: its first page, at an address that can be kept. */
    public String find() {
        getPaging().restart();
        return "/admin/devices?faces-redirect=true&includeViewParams=true";
    }

    public void refreshNow(long deviceId) {
        try {
            if (devices.refreshTokens(deviceId, administrator.getName())) {
                Pages.info("admin.devices.refreshed");
            } else {
                Pages.error("admin.devices.refresh-failed");
            }
        } catch (AdminActionRefusedException e) {
            Pages.error("admin.devices.no-tokens");
        }
        getPaging().reload();
    }

    /** The DRS calls made for a device (time, endpoint, status, Amazon's request id), shown below the list. */
    public void showCalls(long deviceId) {
        showingCallsOf = deviceId;
    }

    public Long getShowingCallsOf() {
        return showingCallsOf;
    }

    public List<jp.kakehashi.drs.domain.DrsCall> getCalls() {
        return showingCallsOf == null ? List.of() : replenishment.calls(showingCallsOf);
    }

    /** A device's token problem in the page's language; Amazon's own words (an error it described) as Amazon wrote them. */
    public String problem(String lastError) {
        if (lastError == null) {
            return "";
        }
        return jp.kakehashi.drs.domain.TokenProblem.of(lastError)
                .map(problem -> problem == jp.kakehashi.drs.domain.TokenProblem.MARKED_BY_ADMIN
                        ? Pages.format(
                                "admin.devices.problem." + problem.name(),
                                lastError.substring(jp.kakehashi.drs.domain.TokenProblem.MARKED_BY_ADMIN
                                        .text()
                                        .length()))
                        : Pages.format("admin.devices.problem." + problem.name()))
                .orElseGet(() -> Pages.format("admin.devices.problem.AMAZON", lastError));
    }

    public boolean retrySafe(jp.kakehashi.drs.domain.DrsCall call) {
        return jp.kakehashi.drs.application.Replenishment.retrySafe(call);
    }

    /** Repeats a failed DRS call where that is safe; what came of it is shown above, the new attempt in the list. */
    public void retry(long callId) {
        jp.kakehashi.drs.application.Replenishment.Retry retried =
                devices.retryDrsCall(callId, administrator.getName());
        if (retried == jp.kakehashi.drs.application.Replenishment.Retry.DONE) {
            Pages.info("admin.devices.drs-calls.retry.DONE");
        } else {
            Pages.error("admin.devices.drs-calls.retry." + retried.name());
        }
        getPaging().reload();
    }

    /** Every active device's tokens at once (after a token key change, or a suspected leak): asked, then confirmed. */
    public void requestRefreshAll() {
        confirmingRefreshAll = true;
    }

    public void confirmRefreshAll() {
        if (confirmingRefreshAll) {
            int due = devices.refreshAllTokens(administrator.getName());
            Pages.infoFormatted("admin.devices.refresh-all-started", due);
        }
        confirmingRefreshAll = false;
        getPaging().reload();
    }

    public boolean isConfirmingRefreshAll() {
        return confirmingRefreshAll;
    }

    /** Tokens by state, and how many are due: the refresh's progress. */
    public jp.kakehashi.drs.application.TokenCounts getTokenCounts() {
        return devices.tokenCounts();
    }

    public void requestNeedsSetup(long deviceId) {
        confirmingNeedsSetup = deviceId;
    }

    public void cancel() {
        confirmingNeedsSetup = null;
        confirmingRefreshAll = false;
    }

    public void confirmNeedsSetup() {
        if (confirmingNeedsSetup != null) {
            try {
                devices.markNeedsSetup(confirmingNeedsSetup, administrator.getName());
                Pages.info("admin.devices.marked");
            } catch (AdminActionRefusedException e) {
                Pages.error("admin.devices.unknown");
            }
        }
        confirmingNeedsSetup = null;
        getPaging().reload();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public Long getConfirmingNeedsSetup() {
        return confirmingNeedsSetup;
    }
}
