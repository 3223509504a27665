package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.admin.application.ParkedNotificationAdministration;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.web.Pages;
import jp.kakehashi.sns.application.ParkedFilter;
import jp.kakehashi.sns.application.ParkedOverview;
import jp.kakehashi.sns.application.SnsLists;

/** The parked notifications page: the newest first, a page at a time (text, dates), each reprocessed on its own. */
@Named
@ViewScoped
public class ParkedList extends FilteredList<ParkedOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnsLists lists;

    @Inject
    private ParkedNotificationAdministration parked;

    @Inject
    private Administrator administrator;

    @Override
    protected ListPage<ParkedOverview> page(PageRequest request) {
        return lists.parked(new ParkedFilter(getSearch(), period()), request);
    }

    public String find() {
        getPaging().restart();
        return "/admin/parked?faces-redirect=true&includeViewParams=true";
    }

    public void reprocess(String messageId) {
        switch (parked.reprocess(messageId, administrator.getName())) {
            case APPLIED -> Pages.info("admin.sns.reprocessed");
            case STILL_PARKED -> Pages.error("admin.sns.still-parked");
            case NOT_PARKED -> Pages.error("admin.sns.not-parked");
        }
        getPaging().reload();
    }
}
