package jp.kakehashi.shared.security;

import jakarta.security.enterprise.AuthenticationStatus;

/**
 * One kind of credential a request can bring and how the sign-in answers it. {@link ShopAuthenticationMechanism} asks
 * its handlers in order; the first that applies answers the request.
 */
interface CallerHandler {

    /** Whether the request brings this handler's kind of credential (read from the request, nothing checked yet). */
    boolean appliesTo(CallerRequest request);

    AuthenticationStatus validate(CallerRequest request);
}
