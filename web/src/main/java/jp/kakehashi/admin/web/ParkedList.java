package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.admin.application.ParkedNotificationAdministration;
import jp.kakehashi.admin.application.lists.AdminLists;
import jp.kakehashi.admin.application.lists.Filters;
import jp.kakehashi.admin.application.lists.ParkedOverview;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.web.Pages;

/** The parked notifications page: the newest first, a page at a time (text, dates), each reprocessed on its own. */
@Named
@ViewScoped
public class ParkedList extends FilteredList<ParkedOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdminLists lists;

    @Inject
    private ParkedNotificationAdministration parked;

    @Inject
    private Administrator administrator;

    @Override
    protected ListPage<ParkedOverview> page(PageRequest request) {
        return lists.parked(new Filters.Parked(getSearch(), period()), request);
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
