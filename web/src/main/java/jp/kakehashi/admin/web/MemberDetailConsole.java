package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kakehashi.admin.application.AdminActionRefusedException;
import jp.kakehashi.admin.application.MemberAdministration;
import jp.kakehashi.member.application.MemberData;
import jp.kakehashi.member.security.AccountClosing;
import jp.kakehashi.shared.web.Pages;

/**
 * One member for admins (member page): their profile, devices, credentials and recent audit lines; disabling,
 * enabling and deleting on the member's request, each confirmed first and audited with the admin's name.
 */
@Named
@ViewScoped
public class MemberDetailConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the admin asked to do, awaiting confirmation. */
    public enum Action {
        DISABLE,
        ENABLE,
        DELETE
    }

    @Inject
    private MemberAdministration members;

    @Inject
    private AccountClosing accountClosing;

    @Inject
    private Administrator administrator;

    private Long id;
    private Action confirming;
    private transient MemberData member;
    private boolean loaded;

    /** The member named in the URL, or null (the page then says there is none). */
    public MemberData getMember() {
        if (!loaded && id != null) {
            member = members.detail(id).orElse(null);
            loaded = true;
        }
        return member;
    }

    public void ask(Action action) {
        confirming = action;
    }

    public void cancel() {
        confirming = null;
    }

    public String confirm() {
        Action action = confirming;
        confirming = null;
        if (action == null || id == null) {
            return null;
        }
        try {
            switch (action) {
                case DISABLE -> {
                    members.disable(id, administrator.getName());
                    Pages.info("admin.member.disabled");
                }
                case ENABLE -> {
                    members.enable(id, administrator.getName());
                    Pages.info("admin.member.enabled");
                }
                case DELETE -> {
                    return delete();
                }
            }
        } catch (AdminActionRefusedException e) {
            Pages.error("admin.members.unknown");
        }
        loaded = false;
        return null;
    }

    private String delete() {
        AccountClosing.Result result = accountClosing.closeOnRequest(id, administrator.getName());
        switch (result.outcome()) {
            case DELETED -> {
                Pages.info("admin.member.deleted");
                return "/admin/members?faces-redirect=true";
            }
            case NO_SUCH_MEMBER -> Pages.error("admin.members.unknown");
            case AMAZON_UNAVAILABLE ->
                Pages.errorWithDetail(
                        "delete.error.amazon-unavailable", result.modelId() + " " + result.serialNumber());
            case DEVICE_STILL_REGISTERED ->
                Pages.errorWithDetail(
                        "delete.error.device-still-registered", result.modelId() + " " + result.serialNumber());
        }
        loaded = false;
        return null;
    }

    /** The bundle key of the question the admin confirms. */
    public String getConfirmingKey() {
        return confirming == null
                ? null
                : "admin.member.confirm." + confirming.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Action getConfirming() {
        return confirming;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
