package jp.kakehashi.member.web;

import static jp.kakehashi.shared.web.Pages.error;
import static jp.kakehashi.shared.web.Pages.info;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.kakehashi.member.application.AmazonAccountAlreadyLinkedException;
import jp.kakehashi.member.application.EmailAlreadyRegisteredException;
import jp.kakehashi.member.application.MailLimitReachedException;
import jp.kakehashi.member.application.MailLimiter;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.application.Registration;
import jp.kakehashi.member.application.RegistrationResult;
import jp.kakehashi.member.domain.AmazonBuyerProfile;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import jp.kakehashi.member.security.AmazonBuyerCredential;
import jp.kakehashi.shared.web.Pages;

/**
 * Member registration. After a sign-in with Amazon (Amazon Pay's Amazon Sign-in guide, step 2.2) the form arrives pre-filled from Get Buyer;
 * the shopper reviews and corrects it, and the new member is stored with the buyerId as the link key.
 */
@Named
@ViewScoped
public class MemberRegistration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;

    @Inject
    private PendingAmazonAccount pendingAccount;

    @Inject
    private MemberSignIn memberSignIn;

    private String amazonBuyerId;
    private String email;
    private String password;
    private String name;
    private String phoneNumber;
    private String postalCode;
    private Prefecture prefecture;
    private String prefectureFromAmazon;
    private String line1;
    private String line2;
    private String billingName;
    private String billingPostalCode;
    private Prefecture billingPrefecture;
    private String billingLine1;
    private String billingLine2;
    private String billingPhoneNumber;

    @PostConstruct
    void prefillFromAmazon() {
        pendingAccount.profile().ifPresent(this::prefill);
    }

    private void prefill(AmazonBuyerProfile profile) {
        amazonBuyerId = profile.buyerId();
        email = profile.email();
        name = profile.name();
        phoneNumber = profile.phoneNumber();
        AmazonBuyerProfile.Address address = profile.address();
        postalCode = address.postalCode();
        prefecture = address.prefecture();
        prefectureFromAmazon = address.prefecture() == null ? address.prefectureAsGiven() : null;
        line1 = address.line1();
        line2 = address.line2();
        AmazonBuyerProfile.Address billing = profile.billingAddress();
        if (billing != null) {
            billingName = billing.recipientName();
            billingPostalCode = billing.postalCode();
            billingPrefecture = billing.prefecture();
            billingLine1 = billing.line1();
            billingLine2 = billing.line2();
            billingPhoneNumber = billing.phoneNumber();
        }
    }

    public String register() {
        PostalAddress billing = null;
        if (hasText(billingPostalCode) || hasText(billingLine1) || billingPrefecture != null) {
            if (!hasText(billingPostalCode) || !hasText(billingLine1) || billingPrefecture == null) {
                error("register:billingLine1", "register.error.billing-incomplete");
                return null;
            }
            billing = new PostalAddress(
                    billingName, billingPostalCode, billingPrefecture, billingLine1, billingLine2, billingPhoneNumber);
        }
        Registration registration = new Registration(
                email,
                hasText(password) ? password.toCharArray() : null,
                name,
                phoneNumber,
                new PostalAddress(name, postalCode, prefecture, line1, line2, phoneNumber),
                billing,
                amazonBuyerId,
                pendingAccount.profile().map(AmazonBuyerProfile::email).orElse(null),
                Pages.locale(),
                Pages.request().getRemoteAddr());
        password = null; // the view, and so this bean, lives on in the session: the password must not
        try {
            RegistrationResult result = members.register(registration);
            if (result.member().isPresent()) {
                return signInWithAmazonAndGoHome(
                        result.member(),
                        result.isLinkMailed() ? "register.info.welcome-verify" : "register.info.welcome");
            }
            pendingAccount.clear();
            return CHECK_YOUR_MAIL;
        } catch (EmailAlreadyRegisteredException e) {
            // Only for the address Amazon gave: its owner proved it to Amazon, and may learn that it is a member's
            error("register:email", "register.error.email-taken");
            return null;
        } catch (MailLimitReachedException e) {
            error(
                    e.limit() == MailLimiter.Limit.SOURCE
                            ? "register.error.mail-limit-source"
                            : "register.error.mail-limit-overall");
            return null;
        } catch (AmazonAccountAlreadyLinkedException e) {
            // Registered meanwhile (another tab, a double click): that member is the one to sign in.
            return signInWithAmazonAndGoHome(members.findByAmazonBuyer(amazonBuyerId), "signin.info.already-member");
        }
    }

    /** Where every registration with a typed address ends, whether that address was free or a member's. */
    static final String CHECK_YOUR_MAIL = "/shop/register-sent?faces-redirect=true";

    /** @param member the member just registered or found with the Amazon account (not looked up again to sign in) */
    private String signInWithAmazonAndGoHome(Optional<Member> member, String messageKey) {
        boolean signedIn =
                member.isPresent() && memberSignIn.signIn(new AmazonBuyerCredential(amazonBuyerId, member.get()));
        pendingAccount.clear();
        if (!signedIn) {
            error("login.error.credentials");
            return "/shop/login?faces-redirect=true";
        }
        info(messageKey);
        return "/member/index?faces-redirect=true";
    }

    /** Forget the Amazon data and fill the form by hand. */
    public String startOver() {
        pendingAccount.clear();
        return "/shop/register?faces-redirect=true";
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    public boolean isWithAmazon() {
        return amazonBuyerId != null;
    }

    public List<Prefecture> getPrefectures() {
        return List.of(Prefecture.values());
    }

    public boolean isBillingFromAmazon() {
        return isWithAmazon() && billingPostalCode != null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public String getPrefectureFromAmazon() {
        return prefectureFromAmazon;
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

    public String getBillingName() {
        return billingName;
    }

    public void setBillingName(String billingName) {
        this.billingName = billingName;
    }

    public String getBillingPostalCode() {
        return billingPostalCode;
    }

    public void setBillingPostalCode(String billingPostalCode) {
        this.billingPostalCode = billingPostalCode;
    }

    public Prefecture getBillingPrefecture() {
        return billingPrefecture;
    }

    public void setBillingPrefecture(Prefecture billingPrefecture) {
        this.billingPrefecture = billingPrefecture;
    }

    public String getBillingLine1() {
        return billingLine1;
    }

    public void setBillingLine1(String billingLine1) {
        this.billingLine1 = billingLine1;
    }

    public String getBillingLine2() {
        return billingLine2;
    }

    public void setBillingLine2(String billingLine2) {
        this.billingLine2 = billingLine2;
    }

    public String getBillingPhoneNumber() {
        return billingPhoneNumber;
    }

    public void setBillingPhoneNumber(String billingPhoneNumber) {
        this.billingPhoneNumber = billingPhoneNumber;
    }
}
