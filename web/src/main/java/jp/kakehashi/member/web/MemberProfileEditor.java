package jp.kakehashi.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.kakehashi.member.application.InvalidProfileException;
import jp.kakehashi.member.application.MemberAccounts;
import jp.kakehashi.member.application.NoSuchMemberException;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.MemberAccountChanged;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import jp.kakehashi.member.domain.ProfileChange;
import jp.kakehashi.shared.web.Pages;

/**
 * The member corrects their name, phone and shipping address (profile page), by the registration's rules; the page's
 * validators say most, and what the service still refuses is shown beside its field.
 */
@Named
@ViewScoped
public class MemberProfileEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private MemberAccounts accounts;

    private String name;
    private String phoneNumber;
    private String postalCode;
    private Prefecture prefecture;
    private String line1;
    private String line2;

    @PostConstruct
    void fillFromMember() {
        currentMember.member().ifPresent(member -> {
            name = member.getName();
            phoneNumber = member.getPhoneNumber();
            PostalAddress address = member.getAddress();
            if (address != null) {
                postalCode = address.getPostalCode();
                prefecture = address.getPrefecture();
                line1 = address.getLine1();
                line2 = address.getLine2();
            }
        });
    }

    public String save() {
        Member member = currentMember.member().orElseThrow();
        try {
            accounts.changeProfile(
                    member.getId(),
                    new ProfileChange(name, phoneNumber, postalCode, prefecture, line1, line2),
                    MemberAccountChanged.memberActor(member.getId()),
                    Pages.locale());
            return MemberAccount.pageWith("profile-saved");
        } catch (InvalidProfileException e) {
            e.problems()
                    .forEach(problem -> Pages.error(
                            "profile:" + problem.field(),
                            "profile.error." + problem.reason().name().toLowerCase(Locale.ROOT)));
            return null;
        } catch (NoSuchMemberException e) {
            return "/shop/index?faces-redirect=true";
        }
    }

    public List<Prefecture> getPrefectures() {
        return List.of(Prefecture.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(Prefecture prefecture) {
        this.prefecture = prefecture;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }
}
