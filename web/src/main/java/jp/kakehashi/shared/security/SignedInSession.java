package jp.kakehashi.shared.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalInt;

/**
 * A request of someone who signed in earlier, by their session ({@link ShopAuthenticationMechanism#SIGNED_IN}). A
 * member's session holds while the member's session generation is the one it began in; otherwise it ends here and the
 * request goes on as an anonymous one ({@link SignInRequired}).
 */
@Dependent
class SignedInSession implements CallerHandler {

    private final SessionGenerations generations;
    private final SignInRequired anonymous;

    @Inject
    SignedInSession(SessionGenerations generations, SignInRequired anonymous) {
        this.generations = generations;
        this.anonymous = anonymous;
    }

    @Override
    public boolean appliesTo(CallerRequest request) {
        HttpSession session = request.request().getSession(false);
        return session != null && session.getAttribute(ShopAuthenticationMechanism.SIGNED_IN) instanceof SignedInCaller;
    }

    @Override
    public AuthenticationStatus validate(CallerRequest request) {
        HttpSession session = request.request().getSession(false);
        SignedInCaller caller = (SignedInCaller) session.getAttribute(ShopAuthenticationMechanism.SIGNED_IN);
        if (!caller.isMember() || generations.generationOf(caller.name()).equals(OptionalInt.of(caller.generation()))) {
            return request.context().notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        // The member's sessions were ended (password changed elsewhere, account disabled or deleted)
        session.invalidate();
        return anonymous.validate(request);
    }
}
