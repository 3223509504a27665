package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.admin.application.MemberAdministration;
import jp.kakehashi.admin.application.MemberOverview;
import jp.kakehashi.member.application.PasswordRequiredException;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.shared.web.Pages;

import java.io.Serializable;
import java.util.List;

/** The members page: search, Amazon link state, and unlinking (confirmed). */
@Named
@ViewScoped
public class MemberConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    private MemberAdministration members;

    @Inject
    private Administrator administrator;

    private String search;
    private Long confirmingUnlink;
    private transient List<MemberOverview> found;

    public List<MemberOverview> getMembers() {
        if (found == null) {
            found = members.search(search, 0, SHOWN);
        }
        return found;
    }

    public long getCount() {
        return members.countMembers();
    }

    public void find() {
        found = null;
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
        found = null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getConfirmingUnlink() {
        return confirmingUnlink;
    }
}
