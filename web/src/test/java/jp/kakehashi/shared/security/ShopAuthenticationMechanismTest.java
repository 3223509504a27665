package jp.kakehashi.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jp.kakehashi.shared.activity.Activity;
import jp.kakehashi.shared.activity.ActivityLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which handler answers a request, and what each answers: the sign-in's behaviour on the wire, with the identity
 * stores, the throttle, the session generations and the tokens stood in for.
 */
class ShopAuthenticationMechanismTest {

    private static final String MEMBER_BASIC = basic("hanako@example.jp:s3cret");

    /** The throttle's calls, in order; it refuses once told to. */
    private final List<String> throttleCalls = new ArrayList<>();

    private boolean throttleRefuses;
    private final PasswordThrottle throttle = new PasswordThrottle() {
        @Override
        public boolean tryAttempt(String account, String address) {
            throttleCalls.add("try " + account + " from " + address);
            return !throttleRefuses;
        }

        @Override
        public void succeeded(String account, String address) {
            throttleCalls.add("succeeded " + account + " from " + address);
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofMinutes(15);
        }
    };

    private final List<Credential> validated = new ArrayList<>();
    private CredentialValidationResult storesAnswer = CredentialValidationResult.INVALID_RESULT;
    private OptionalInt currentGeneration = OptionalInt.of(3);
    private final List<String> tokensAsked = new ArrayList<>();
    private Optional<BearerTokens.BearerCaller> tokenCaller = Optional.empty();
    private final ActivityLog activity = new ActivityLog();

    private final ShopAuthenticationMechanism mechanism = mechanism();

    private ShopAuthenticationMechanism mechanism() {
        CredentialCheck check = new CredentialCheck(throttle, credential -> {
            validated.add(credential);
            return storesAnswer;
        });
        SessionGenerations generations = name -> currentGeneration;
        SignInRequired anonymous = new SignInRequired();
        return new ShopAuthenticationMechanism(
                new InteractiveSignIn(check, generations, activity),
                new BearerAccess(token -> {
                    tokensAsked.add(token);
                    return tokenCaller;
                }),
                new BasicAccess(check),
                new SignedInSession(generations, anonymous),
                anonymous);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private AuthenticationStatus validate(Requests call) {
        return mechanism.validateRequest(call.request, call.response, call.context);
    }

    private Class<?> handlerOf(Requests call) {
        return mechanism.handlerFor(call.caller()).getClass();
    }

    private static UsernamePasswordCredential password() {
        return new UsernamePasswordCredential("hanako@example.jp", new Password("s3cret"));
    }

    // Which handler answers

    @Test
    void aCredentialHandedOverIsAnInteractiveSignInWhateverTheRequestCarries() {
        Requests call = new Requests()
                .to("/api/devices", "Bearer tok")
                .handing(password())
                .inSession(new SignedInCaller("7", Set.of("member"), 3));
        assertEquals(InteractiveSignIn.class, handlerOf(call));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/devices", "/api/admin/members", "/member/index.xhtml", "/index.xhtml"})
    void aBearerHeaderGoesToTheBearerHandlerWherever(String path) {
        Requests call = new Requests().to(path, "Bearer tok").inSession(new SignedInCaller("7", Set.of("member"), 3));
        assertEquals(BearerAccess.class, handlerOf(call));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/devices", "/api/admin/members"})
    void aBasicHeaderOnTheApisGoesToTheBasicHandler(String path) {
        Requests call = new Requests().to(path, MEMBER_BASIC).inSession(new SignedInCaller("7", Set.of("member"), 3));
        assertEquals(BasicAccess.class, handlerOf(call));
    }

    @Test
    void aBasicHeaderOnAPageIsNotLookedAt() {
        assertEquals(
                SignedInSession.class,
                handlerOf(new Requests()
                        .to("/member/index.xhtml", MEMBER_BASIC)
                        .inSession(new SignedInCaller("7", Set.of("member"), 3))));
        assertEquals(
                SignInRequired.class,
                handlerOf(new Requests().to("/member/index.xhtml", MEMBER_BASIC).withoutSession()));
    }

    @Test
    void anUnreadableBasicHeaderOnTheApiIsNoCredential() {
        assertEquals(
                SignInRequired.class,
                handlerOf(new Requests().to("/api/devices", "Basic %%%").withoutSession()));
    }

    @Test
    void aSessionWithSomeoneSignedInGoesToTheSessionHandlerAnEmptyOneDoesNot() {
        assertEquals(
                SignedInSession.class,
                handlerOf(new Requests().to("/member/index.xhtml", null).inSession(adminCaller())));
        assertEquals(
                SignInRequired.class,
                handlerOf(new Requests().to("/member/index.xhtml", null).inSession(null)));
        assertEquals(
                SignInRequired.class,
                handlerOf(new Requests().to("/index.xhtml", null).withoutSession()));
    }

    private static SignedInCaller adminCaller() {
        return new SignedInCaller("root", Set.of("admin"), SignedInCaller.NO_GENERATION);
    }

    // Bearer

    @ParameterizedTest
    @ValueSource(strings = {"/api/admin/members", "/member/index.xhtml", "/index.xhtml"})
    void bearerIsRefusedOnPagesAndTheAdminApiWithoutLookingAtTheToken(String path) {
        Requests call = new Requests().to(path, "Bearer tok");

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        verify(call.response)
                .setHeader(
                        "WWW-Authenticate",
                        "Bearer realm=\"Kakehashi\", error=\"invalid_request\", "
                                + "error_description=\"Bearer credentials are accepted on the member API only\"");
        assertEquals(List.of(), tokensAsked);
    }

    @Test
    void anApiLookingUriRoutedToAPageIsAPageForBearer() {
        Requests call = new Requests().to("/member/account.xhtml", "Bearer tok");
        org.mockito.Mockito.when(call.request.getRequestURI()).thenReturn("/api/../member/account.xhtml");

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        assertEquals(List.of(), tokensAsked);
    }

    @Test
    void aDevicesCredentialSignsInAsItsMemberNamingTheDevice() {
        tokenCaller = Optional.of(new BearerTokens.BearerCaller("7", Set.of("member"), "model-1/SN-1"));
        Requests call = new Requests().to("/api/devices/model-1/SN-1/slots", "Bearer  dev-tok ");

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        assertEquals(List.of("dev-tok"), tokensAsked);
        verify(call.request).setAttribute(ShopAuthenticationMechanism.DEVICE_SCOPE, "model-1/SN-1");
        verify(call.context).notifyContainerAboutLogin("7", Set.of("member"));
        verify(call.request, never()).getSession(true);
    }

    @Test
    void anAppsTokenNamesNoDevice() {
        tokenCaller = Optional.of(new BearerTokens.BearerCaller("7", Set.of("member"), null));
        Requests call = new Requests().to("/api/devices", "Bearer app-tok");

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        verify(call.request, never()).setAttribute(eq(ShopAuthenticationMechanism.DEVICE_SCOPE), any());
    }

    @Test
    void anUnknownTokenIsAnInvalidToken() {
        Requests call = new Requests().to("/api/devices", "Bearer old");

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        verify(call.response).setHeader("WWW-Authenticate", "Bearer realm=\"Kakehashi\", error=\"invalid_token\"");
    }

    // Basic and the throttle

    @Test
    void basicWithTheRightPasswordIsForgivenByTheThrottleAndKeepsNoSession() {
        storesAnswer = Requests.valid("7", "member");
        Requests call = new Requests().to("/api/devices", MEMBER_BASIC);

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        assertEquals(
                List.of("try hanako@example.jp from 192.0.2.7", "succeeded hanako@example.jp from 192.0.2.7"),
                throttleCalls);
        assertInstanceOf(UsernamePasswordCredential.class, validated.get(0));
        verify(call.context).notifyContainerAboutLogin(storesAnswer);
        verify(call.request, never()).getSession(true);
        verify(call.request, never()).changeSessionId();
        assertEquals(0, activity.lastHourTotal(Activity.SIGN_IN));
    }

    @Test
    void basicUnderTheAdminApiIsAnAdministratorsCountedApart() {
        Requests call = new Requests().to("/api/admin/members", basic("root:wrong"));

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        assertInstanceOf(AdministratorCredential.class, validated.get(0));
        assertEquals(List.of("try admin:root from 192.0.2.7"), throttleCalls);
        verify(call.response).setHeader("WWW-Authenticate", "Basic realm=\"Kakehashi\", charset=\"UTF-8\"");
    }

    @Test
    void aThrottledApiCallIsAnswered429WithRetryAfterBeforeAnyPasswordHash() throws Exception {
        throttleRefuses = true;
        Requests call = new Requests().to("/api/devices", MEMBER_BASIC);

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        assertEquals(List.of(), validated);
        var order = inOrder(call.response);
        order.verify(call.response).setHeader("Retry-After", "900");
        order.verify(call.response).sendError(eq(429), anyString());
    }

    @Test
    void aThrottledLoginPageIsRefusedWithoutA429() throws Exception {
        throttleRefuses = true;
        Requests call = new Requests().to("/shop/login.xhtml", null).handing(password());

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        assertEquals(List.of(), validated);
        verify(call.response, never()).sendError(anyInt(), anyString());
        verify(call.response, never()).setHeader(eq("Retry-After"), anyString());
    }

    // Interactive sign-in

    @Test
    void aMemberSigningInGetsANewSessionIdTheGenerationAndCounts() {
        storesAnswer = Requests.valid("7", "member");
        Requests call =
                new Requests().to("/shop/login.xhtml", null).handing(password()).inSession(null);

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        var order = inOrder(call.request, call.session, call.context);
        order.verify(call.request).changeSessionId();
        order.verify(call.session)
                .setAttribute(ShopAuthenticationMechanism.SIGNED_IN, new SignedInCaller("7", Set.of("member"), 3));
        order.verify(call.context).notifyContainerAboutLogin(storesAnswer);
        assertEquals(1, activity.lastHourTotal(Activity.SIGN_IN));
        assertEquals(
                List.of("try hanako@example.jp from 192.0.2.7", "succeeded hanako@example.jp from 192.0.2.7"),
                throttleCalls);
    }

    @Test
    void aSignInWithoutASessionMakesOneAndHasNoIdToChange() {
        storesAnswer = Requests.valid("7", "member");
        Requests call = new Requests()
                .to("/shop/amazon-return.xhtml", null)
                .handing(new Credential() {})
                .withoutSession();

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        verify(call.request, never()).changeSessionId();
        verify(call.session)
                .setAttribute(ShopAuthenticationMechanism.SIGNED_IN, new SignedInCaller("7", Set.of("member"), 3));
        assertEquals(List.of(), throttleCalls, "a credential without a password is not throttled");
    }

    @Test
    void anAdministratorSigningInHasNoGenerationAndIsNotCountedAsAMembersSignIn() {
        storesAnswer = Requests.valid("root", "admin");
        Requests call = new Requests()
                .to("/admin/login.xhtml", null)
                .handing(new AdministratorCredential("root", new Password("pw")))
                .inSession(null);

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        verify(call.request).changeSessionId();
        verify(call.session).setAttribute(ShopAuthenticationMechanism.SIGNED_IN, adminCaller());
        assertEquals(0, activity.lastHourTotal(Activity.SIGN_IN));
    }

    @Test
    void aRefusedInteractiveSignInKeepsNothing() {
        Requests call =
                new Requests().to("/shop/login.xhtml", null).handing(password()).inSession(null);

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        verify(call.request, never()).changeSessionId();
        verify(call.session, never()).setAttribute(anyString(), any());
        verify(call.response, never()).setHeader(anyString(), anyString());
        assertEquals(List.of("try hanako@example.jp from 192.0.2.7"), throttleCalls);
    }

    // The session

    @Test
    void aMembersSessionInTheCurrentGenerationSignsIn() {
        Requests call = new Requests()
                .to("/member/index.xhtml", null)
                .protectedResource()
                .inSession(new SignedInCaller("7", Set.of("member"), 3));

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        verify(call.context).notifyContainerAboutLogin("7", Set.of("member"));
        verify(call.session, never()).invalidate();
    }

    @Test
    void aMembersSessionFromAnEndedGenerationEndsAndTheLoginPageSaysWhereToComeBack() {
        currentGeneration = OptionalInt.of(4);
        Requests call = new Requests()
                .to("/member/account.xhtml", null)
                .protectedResource()
                .inSession(new SignedInCaller("7", Set.of("member"), 3));

        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate(call));
        verify(call.session).invalidate();
        verify(call.context).redirect("/shop/login.xhtml?next=%2Fmember%2Faccount.xhtml");
        verify(call.context, never()).notifyContainerAboutLogin(anyString(), any());
    }

    @Test
    void aDeletedMembersSessionEnds() {
        currentGeneration = OptionalInt.empty();
        Requests call = new Requests().to("/index.xhtml", null).inSession(new SignedInCaller("7", Set.of("member"), 3));

        assertEquals(AuthenticationStatus.NOT_DONE, validate(call));
        verify(call.session).invalidate();
    }

    @Test
    void anAdministratorsSessionHasNoGenerationToCheck() {
        currentGeneration = OptionalInt.empty();
        Requests call = new Requests().to("/admin/index.xhtml", null).inSession(adminCaller());

        assertEquals(AuthenticationStatus.SUCCESS, validate(call));
        verify(call.context).notifyContainerAboutLogin("root", Set.of("admin"));
    }

    // Nobody

    @Test
    void aProtectedApiCallWithoutCredentialsIsChallenged() {
        Requests call =
                new Requests().to("/api/devices", null).protectedResource().withoutSession();

        assertEquals(AuthenticationStatus.SEND_FAILURE, validate(call));
        var order = inOrder(call.response);
        order.verify(call.response).addHeader("WWW-Authenticate", "Bearer realm=\"Kakehashi\"");
        order.verify(call.response).addHeader("WWW-Authenticate", "Basic realm=\"Kakehashi\", charset=\"UTF-8\"");
        verify(call.context, never()).redirect(anyString());
    }

    @Test
    void aProtectedAdminPageSendsToTheAdminsLoginPage() {
        Requests call = new Requests()
                .to("/admin/members.xhtml", null)
                .protectedResource()
                .withoutSession();
        org.mockito.Mockito.when(call.request.getContextPath()).thenReturn("/ctx");

        assertEquals(AuthenticationStatus.SEND_CONTINUE, validate(call));
        verify(call.context).redirect("/ctx/admin/login.xhtml?next=%2Fadmin%2Fmembers.xhtml");
    }

    @Test
    void anUnprotectedPageGoesOnAnonymously() {
        Requests call = new Requests().to("/index.xhtml", null).withoutSession();

        assertEquals(AuthenticationStatus.NOT_DONE, validate(call));
        verify(call.response, never()).addHeader(anyString(), anyString());
        assertTrue(tokensAsked.isEmpty() && validated.isEmpty() && throttleCalls.isEmpty());
    }
}
