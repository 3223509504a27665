package jp.kakehashi.sandbox.pay.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code amazon.Pay.signout()} reaches: Amazon ends the shopper's session in that browser. The sandbox keeps no
 * shopper session, so it only counts the sign-outs ({@link SignOutCountResource}), for tests and the console.
 */
@Path("pay/signout")
public class SignOutResource {

    @Inject
    private SignOuts signOuts;

    @POST
    public Response signOut() {
        signOuts.signedOut();
        return Response.noContent().build();
    }

    /** The sign-outs since the sandbox started; through methods only, as the injected object is a CDI proxy. */
    @ApplicationScoped
    public static class SignOuts {
        private final AtomicLong count = new AtomicLong();

        public void signedOut() {
            count.incrementAndGet();
        }

        public long count() {
            return count.get();
        }
    }
}
