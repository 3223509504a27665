package jp.kakehashi.signin.web;

import jakarta.enterprise.context.SessionScoped;
import jp.kakehashi.signin.domain.AmazonBuyerProfile;

import java.io.Serializable;
import java.util.Optional;

/**
 * The Amazon account a shopper has just signed in with that belongs to no member yet: kept for this session only,
 * so that the registration form can be pre-filled or an existing account linked.
 */
@SessionScoped
public class PendingAmazonAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private AmazonBuyerProfile profile;

    public void hold(AmazonBuyerProfile profile) {
        this.profile = profile;
    }

    public Optional<AmazonBuyerProfile> profile() {
        return Optional.ofNullable(profile);
    }

    public void clear() {
        profile = null;
    }
}
