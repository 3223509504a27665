package jp.kakehashi.signin.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import jp.kakehashi.shared.web.OneTimeStates;

/**
 * The states on Amazon Pay return URLs (login CSRF): a return URL replayed in another browser, or a second time,
 * signs nobody in. (A buyerToken is also good once only: BuyerTokenRedemption.)
 */
@SessionScoped
public class AmazonSignInStates implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OneTimeStates<SignInPurpose> states = new OneTimeStates<>(Duration.ofMinutes(30), 20);

    public String issue(SignInPurpose purpose) {
        return states.issue(purpose);
    }

    public Optional<SignInPurpose> consume(String state) {
        return states.consume(state);
    }
}
