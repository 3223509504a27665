package jp.kakehashi.sandbox.pay.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kakehashi.sandbox.pay.buyer.Scope;
import jp.kakehashi.sandbox.pay.buyer.TestBuyer;
import jp.kakehashi.sandbox.pay.signin.PendingSignIn;
import jp.kakehashi.sandbox.pay.signin.SignInRequests;

/** The hosted sign-in page: choose a test buyer, see what will be shared, continue to the merchant. */
@Named
@ViewScoped
public class HostedSignIn implements Serializable {

    @jakarta.inject.Inject
    jp.kakehashi.sandbox.pay.buyer.TestBuyerDirectory testBuyers;

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInRequests signIns;

    private String signInId;
    private PendingSignIn signIn;
    private TestBuyer buyer;

    /** Runs on the first request of the view: an unknown or expired sign-in shows an error instead of the buyers. */
    public void load() {
        signIn = signIns.find(signInId).orElse(null);
    }

    public boolean isAvailable() {
        return signIn != null;
    }

    public boolean isConsentStep() {
        return signIn != null && buyer != null;
    }

    public List<TestBuyer> getBuyers() {
        return testBuyers.all();
    }

    public void signInAs(String buyerKey) {
        buyer = testBuyers.byKey(buyerKey).orElse(null);
    }

    public void switchAccount() {
        buyer = null;
    }

    public void continueToMerchant() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<String> returnUrl = buyer == null ? Optional.empty() : signIns.complete(signInId, buyer);
        if (returnUrl.isEmpty()) {
            // Expired, or already completed (a double click): the page shows the expiry text
            signIn = null;
            buyer = null;
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(returnUrl.get());
        faces.responseComplete();
    }

    /** The scopes the signed payload asked for, as message keys of the page's bundle. */
    public List<String> getSharedScopes() {
        return signIn == null
                ? List.of()
                : signIn.payload().signInScopes().stream().map(Scope::value).toList();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(signIn == null ? "ja" : signIn.language());
    }

    public java.util.ResourceBundle getText() {
        return HostedPageText.of(getLanguage());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public TestBuyer getBuyer() {
        return buyer;
    }

    public String getSignInId() {
        return signInId;
    }

    public void setSignInId(String signInId) {
        this.signInId = signInId;
    }
}
