package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kakehashi.admin.application.lists.AuditFilter;
import jp.kakehashi.admin.application.lists.AuditList;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.shared.paging.Choice;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/** The audit page: admin actions, the newest first, a page at a time, filtered (text, action, dates). */
@Named
@RequestScoped
public class AuditLog extends FilteredList<AuditEntry> {

    @Inject
    private AuditList lists;

    private String action;

    @Override
    protected ListPage<AuditEntry> page(PageRequest request) {
        return lists.audit(
                new AuditFilter(getSearch(), Choice.of(AdminAction.class, "action", action), period()), request);
    }

    public List<AuditEntry> getEntries() {
        return getPaging().getRows();
    }

    public AdminAction[] getActions() {
        return AdminAction.values();
    }

    public String find() {
        getPaging().restart();
        return "/admin/audit?faces-redirect=true&includeViewParams=true";
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
