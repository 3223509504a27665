package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.MemberAdministration;
import jp.kakehashi.member.application.MemberFilter;
import jp.kakehashi.member.application.MemberList;
import jp.kakehashi.member.application.MemberOverview;
import jp.kakehashi.member.application.PasswordRequiredException;
import jp.kakehashi.shared.paging.Choice;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.shared.web.Pages;

/** The members page: a page at a time, filtered (text, Amazon link, dates), Amazon link state, and unlinking (confirmed). */
@Named
@ViewScoped
public class MemberConsole extends FilteredList<MemberOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberAdministration members;

    @Inject
    private Administrator administrator;

    @Inject
    private MemberList lists;

    private String amazon;
    private Long confirmingUnlink;

    @Override
    protected ListPage<MemberOverview> page(PageRequest request) {
        return lists.members(
                new MemberFilter(getSearch(), Choice.of(MemberFilter.AmazonLink.class, "amazon", amazon), period()),
                request);
    }

    public List<MemberOverview> getMembers() {
        return getPaging().getRows();
    }

    public MemberFilter.AmazonLink[] getAmazonLinks() {
        return MemberFilter.AmazonLink.values();
    }

    public long getCount() {
        return members.countMembers();
    }

    /** A new search: its first page, at an address that can be kept. */
    public String find() {
        getPaging().restart();
        return "/admin/members?faces-redirect=true&includeViewParams=true";
    }

    public void requestUnlink(long memberId) {
        confirmingUnlink = memberId;
    }

    public void cancel() {
        confirmingUnlink = null;
    }

    public void confirmUnlink() {
        if (confirmingUnlink != null) {
            try {
                members.unlinkAmazon(confirmingUnlink, administrator.getName());
                Pages.info("admin.members.unlinked");
            } catch (PasswordRequiredException e) {
                Pages.error("admin.members.password-required");
            } catch (AdminActionRefusedException e) {
                Pages.error("admin.members.unknown");
            }
        }
        confirmingUnlink = null;
        getPaging().reload();
    }

    public String getAmazon() {
        return amazon;
    }

    public void setAmazon(String amazon) {
        this.amazon = amazon;
    }

    public Long getConfirmingUnlink() {
        return confirmingUnlink;
    }
}
