package jp.kakehashi.signin.web;

import static jp.kakehashi.shared.web.Pages.info;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kakehashi.member.application.AmazonAccountAlreadyLinkedException;
import jp.kakehashi.member.application.MemberAlreadyLinkedException;
import jp.kakehashi.member.application.MemberService;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.security.AmazonBuyerCredential;
import jp.kakehashi.member.web.CurrentMember;
import jp.kakehashi.member.web.MemberSignIn;
import jp.kakehashi.member.web.PendingAmazonAccount;
import jp.kakehashi.signin.application.AmazonBuyers;
import jp.kakehashi.signin.application.AmazonPayRejectedException;
import jp.kakehashi.signin.application.AmazonPayUnavailableException;
import jp.kakehashi.signin.application.BuyerTokenRedemption;
import jp.kakehashi.signin.application.InvalidBuyerTokenException;
import jp.kakehashi.signin.domain.AmazonBuyer;
import jp.kakehashi.signin.domain.BuyerProfileTranslation;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The return from Amazon's hosted sign-in page (Amazon Pay's "Amazon Sign-in" guide,
 * https://developer.amazon.com/docs/amazon-pay-checkout/amazon-sign-in.html): checks the one-time state, calls Get Buyer
 * with the buyerToken, and logs the member in, pre-fills the registration, or links the account.
 */
@Named
@RequestScoped
public class AmazonSignIn {

    public static final String RETURN_PAGE = "/shop/amazon-return.xhtml";

    private static final Logger LOG = Logger.getLogger(AmazonSignIn.class.getName());

    @Inject
    private AmazonSignInStates states;

    @Inject
    private AmazonBuyers amazonBuyers;

    @Inject
    private MemberService members;

    @Inject
    private PendingAmazonAccount pendingAccount;

    @Inject
    private MemberSignIn memberSignIn;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private BuyerTokenRedemption redemption;

    private String state;
    private String buyerToken;

    /** The view action of the return page: where the shopper goes next. */
    public String complete() {
        Optional<SignInPurpose> purpose = states.consume(state);
        if (purpose.isEmpty() || !BuyerTokenRedemption.isWellFormed(buyerToken) || !redemption.redeem(buyerToken)) {
            LOG.warning("Amazon return refused: unknown, used or expired state, or a buyerToken used before");
            return SignInPages.REFUSED_EXPIRED;
        }
        AmazonBuyer buyer;
        try {
            buyer = amazonBuyers.getBuyer(buyerToken);
        } catch (InvalidBuyerTokenException e) {
            return SignInPages.REFUSED_TOKEN;
        } catch (AmazonPayUnavailableException | AmazonPayRejectedException | FaultToleranceException e) {
            LOG.warning(() -> "Amazon Pay unavailable for a sign-in: " + e);
            return SignInPages.AMAZON_UNAVAILABLE;
        }
        return switch (purpose.get()) {
            case LOGIN -> login(buyer);
            case REGISTER -> register(buyer);
            case LINK -> link(buyer);
        };
    }

    private String login(AmazonBuyer buyer) {
        if (signInLinkedMember(buyer)) {
            pendingAccount.clear();
            return SignInPages.MEMBER_HOME;
        }
        pendingAccount.hold(BuyerProfileTranslation.of(buyer));
        return SignInPages.LOGIN_FAILED;
    }

    private String register(AmazonBuyer buyer) {
        if (signInLinkedMember(buyer)) {
            pendingAccount.clear();
            info("signin.info.already-member");
            return SignInPages.MEMBER_HOME;
        }
        pendingAccount.hold(BuyerProfileTranslation.of(buyer));
        return SignInPages.REGISTER;
    }

    /**
     * Signs in the member this Amazon account is linked to, if any: the one lookup by the buyerId, whose member the
     * credential carries to the identity store.
     */
    private boolean signInLinkedMember(AmazonBuyer buyer) {
        Optional<Member> linked = members.findByAmazonBuyer(buyer.buyerId());
        return linked.isPresent() && memberSignIn.signIn(new AmazonBuyerCredential(buyer.buyerId(), linked.get()));
    }

    private String link(AmazonBuyer buyer) {
        Optional<Member> member = currentMember.member();
        if (member.isEmpty()) {
            return SignInPages.REFUSED_NOT_SIGNED_IN;
        }
        // The result travels in the URL: after Amazon's cross-site return the flash's message was now and then lost
        try {
            members.linkAmazon(member.get().getId(), buyer.buyerId());
            return SignInPages.ACCOUNT_LINKED;
        } catch (AmazonAccountAlreadyLinkedException e) {
            return SignInPages.ACCOUNT_LINKED_ELSEWHERE;
        } catch (MemberAlreadyLinkedException e) {
            return SignInPages.ACCOUNT_UNLINK_FIRST;
        }
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getBuyerToken() {
        return buyerToken;
    }

    public void setBuyerToken(String buyerToken) {
        this.buyerToken = buyerToken;
    }
}
