package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.sns.application.ReceptionFilter;
import jp.kakehashi.sns.application.ReceptionOverview;
import jp.kakehashi.sns.application.SnsLists;

/** The SNS receptions page: every notification stored, the newest first, a page at a time (text, dates). */
@Named
@RequestScoped
public class ReceptionList extends FilteredList<ReceptionOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnsLists lists;

    @Override
    protected ListPage<ReceptionOverview> page(PageRequest request) {
        return lists.receptions(new ReceptionFilter(getSearch(), period()), request);
    }

    public String find() {
        getPaging().restart();
        return "/admin/receptions?faces-redirect=true&includeViewParams=true";
    }
}
