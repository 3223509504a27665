package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.drs.application.DrsCallFilter;
import jp.kakehashi.drs.application.DrsCallOverview;
import jp.kakehashi.drs.application.DrsLists;
import jp.kakehashi.shared.paging.Choice;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/** The DRS calls page: every call to Amazon's DRS service, the newest first, a page at a time (device, text, outcome, dates). */
@Named
@RequestScoped
public class DrsCallList extends FilteredList<DrsCallOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private DrsLists lists;

    private String device;
    private String outcome;

    @Override
    protected ListPage<DrsCallOverview> page(PageRequest request) {
        return lists.drsCalls(
                new DrsCallFilter(
                        DrsCallFilter.deviceId(device),
                        getSearch(),
                        Choice.of(DrsCallFilter.CallOutcome.class, "outcome", outcome),
                        period()),
                request);
    }

    public DrsCallFilter.CallOutcome[] getOutcomes() {
        return DrsCallFilter.CallOutcome.values();
    }

    public String find() {
        getPaging().restart();
        return "/admin/drs-calls?faces-redirect=true&includeViewParams=true";
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
