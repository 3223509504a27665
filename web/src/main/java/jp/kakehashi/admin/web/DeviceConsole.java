package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.admin.application.DeviceAdministration;
import jp.kakehashi.admin.application.DeviceOverview;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.shared.web.Pages;

import java.io.Serializable;
import java.util.List;

/** The devices page: search, token state (never a token), "refresh tokens now" and "needs setup again" (confirmed). */
@Named
@ViewScoped
public class DeviceConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    private DeviceAdministration devices;

    @Inject
    private Administrator administrator;

    @Inject
    private jp.kakehashi.drs.application.Replenishment replenishment;

    private String search;
    private Long confirmingNeedsSetup;
    private Long showingCallsOf;
    private boolean confirmingRefreshAll;
    private transient List<DeviceOverview> found;

    public List<DeviceOverview> getDevices() {
        if (found == null) {
            found = devices.devices(search, 0, SHOWN);
        }
        return found;
    }

    public long getCount() {
        return devices.countDevices();
    }

    public void find() {
        found = null;
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
        found = null;
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
                        ? Pages.format("admin.devices.problem." + problem.name(),
                        lastError.substring(jp.kakehashi.drs.domain.TokenProblem.MARKED_BY_ADMIN.text().length()))
                        : Pages.format("admin.devices.problem." + problem.name()))
                .orElseGet(() -> Pages.format("admin.devices.problem.AMAZON", lastError));
    }

    public boolean retrySafe(jp.kakehashi.drs.domain.DrsCall call) {
        return jp.kakehashi.drs.application.Replenishment.retrySafe(call);
    }

    /** Repeats a failed DRS call where that is safe; what came of it is shown above, the new attempt in the list. */
    public void retry(long callId) {
        jp.kakehashi.drs.application.Replenishment.Retry retried = devices.retryDrsCall(callId, administrator.getName());
        if (retried == jp.kakehashi.drs.application.Replenishment.Retry.DONE) {
            Pages.info("admin.devices.drs-calls.retry.DONE");
        } else {
            Pages.error("admin.devices.drs-calls.retry." + retried.name());
        }
        found = null;
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
        found = null;
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
        found = null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getConfirmingNeedsSetup() {
        return confirmingNeedsSetup;
    }
}
