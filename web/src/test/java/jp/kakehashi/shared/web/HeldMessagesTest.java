package jp.kakehashi.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeldMessagesTest {

    private final Map<String, Object> session = new HashMap<>();

    @AfterEach
    void forgetTheCurrentFacesContext() {
        CurrentFacesContext.set(null);
    }

    @Test
    void theMessagesAreInTheSessionBeforeTheRedirectIsSent() throws Exception {
        FacesMessage saved = new FacesMessage(FacesMessage.SEVERITY_INFO, "saved", "saved");
        FacesMessage serialRefused = new FacesMessage(FacesMessage.SEVERITY_ERROR, "refused", "refused");
        ExternalContext servlet = mock(ExternalContext.class);
        when(servlet.getSessionMap()).thenReturn(session);
        CurrentFacesContext.set(
                facesContextWith(servlet, Map.of("", List.of(saved), "setup:serial", List.of(serialRefused))));
        List<Object> sessionWhenSent = new ArrayList<>();
        doAnswer(invocation -> sessionWhenSent.addAll(session.values()))
                .when(servlet)
                .redirect(anyString());

        new MessageHoldingExternalContextFactory.MessageHoldingExternalContext(servlet).redirect("/admin/models.xhtml");

        verify(servlet).redirect("/admin/models.xhtml");
        assertEquals(1, sessionWhenSent.size());
        assertEquals(
                List.of(new HeldMessages.Held(null, saved), new HeldMessages.Held("setup:serial", serialRefused)),
                HeldMessages.release(session));
    }

    @Test
    void aRedirectWithoutMessagesLeavesTheSessionAlone() throws Exception {
        ExternalContext servlet = mock(ExternalContext.class);
        CurrentFacesContext.set(facesContextWith(servlet, Map.of()));

        new MessageHoldingExternalContextFactory.MessageHoldingExternalContext(servlet).redirect("/member/index.xhtml");

        verify(servlet, never()).getSessionMap();
    }

    @Test
    void aRedirectToAnotherSiteHoldsNothingForAPageOfOursThatDoesNotFollowIt() throws Exception {
        ExternalContext servlet = mock(ExternalContext.class);
        CurrentFacesContext.set(facesContextWith(servlet, Map.of("", List.of(new FacesMessage("unseen")))));

        new MessageHoldingExternalContextFactory.MessageHoldingExternalContext(servlet)
                .redirect(
                        "https://www.amazon.co.jp/ap/oa?redirect_uri=https%3A%2F%2Fshop.example%2Fmember%2Fdrs-return.xhtml");

        verify(servlet, never()).getSessionMap();
    }

    @Test
    void aRedirectThatCannotBeSentLetsGoOfItsMessages() throws Exception {
        ExternalContext servlet = mock(ExternalContext.class);
        when(servlet.getSessionMap()).thenReturn(session);
        CurrentFacesContext.set(facesContextWith(servlet, Map.of("", List.of(new FacesMessage("saved")))));
        doThrow(new IllegalStateException("response already committed"))
                .when(servlet)
                .redirect(anyString());

        assertThrows(
                IllegalStateException.class,
                () -> new MessageHoldingExternalContextFactory.MessageHoldingExternalContext(servlet)
                        .redirect("/admin/models.xhtml"));

        assertTrue(session.isEmpty(), "nothing left for a later page");
    }

    @Test
    void messagesAreShownOnceInTheOrderTheyWereHeld() {
        HeldMessages.Held first = held("first");
        HeldMessages.Held second = held("second");
        HeldMessages.Held third = held("third");
        // Two requests of one session: neither overwrites the other's, whatever the order they finish in
        HeldMessages.hold(session, List.of(second, third), 1_700_000_000_002L);
        HeldMessages.hold(session, List.of(first), 1_700_000_000_001L);
        session.put("somethingElse", "kept");

        assertEquals(List.of(first, second, third), HeldMessages.release(session));
        assertEquals(List.of(), HeldMessages.release(session));
        assertEquals(Map.of("somethingElse", "kept"), session);
    }

    @Test
    void twoPageRequestsOfTheSessionAtOnceShowTheMessagesOnce() {
        HeldMessages.Held saved = held("saved");
        HeldMessages.hold(session, List.of(saved), 1L);
        // The second request read the session before the first removed the key: both see the same held messages
        Map<String, Object> secondRequestsView = new HashMap<>(session);

        assertEquals(List.of(saved), HeldMessages.release(session));
        assertEquals(List.of(), HeldMessages.release(secondRequestsView));
    }

    @Test
    void theNextPageRequestShowsThemAndAPostbackOrASessionlessRequestDoesNot() {
        HeldMessages.Held saved = held("saved");
        HeldMessages.hold(session, List.of(saved), 1L);

        FacesContext post = pageRequest("POST", session);
        HeldMessages.showOnThisPage(post);
        verify(post, never()).addMessage(any(), any());

        FacesContext withoutSession = pageRequest("GET", null);
        HeldMessages.showOnThisPage(withoutSession);
        verify(withoutSession.getExternalContext(), never()).getSessionMap();

        FacesContext get = pageRequest("GET", session);
        HeldMessages.showOnThisPage(get);
        verify(get).addMessage(null, saved.message());
        assertTrue(session.isEmpty());
    }

    private static HeldMessages.Held held(String text) {
        return new HeldMessages.Held(null, new FacesMessage(text));
    }

    /** A Faces context holding the messages by client id ("" for the page's own). */
    private static FacesContext facesContextWith(ExternalContext external, Map<String, List<FacesMessage>> messages) {
        FacesContext context = mock(FacesContext.class);
        when(context.getExternalContext()).thenReturn(external);
        List<String> clientIds = messages.keySet().stream()
                .sorted()
                .map(id -> id.isEmpty() ? null : id)
                .toList();
        when(context.getClientIdsWithMessages()).thenAnswer(invocation -> clientIds.iterator());
        when(context.getMessages(any())).thenAnswer(invocation -> {
            String clientId = invocation.getArgument(0);
            return messages.getOrDefault(clientId == null ? "" : clientId, List.of())
                    .iterator();
        });
        return context;
    }

    private static FacesContext pageRequest(String method, Map<String, Object> session) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        ExternalContext external = mock(ExternalContext.class);
        when(external.getRequest()).thenReturn(request);
        when(external.getSession(false)).thenReturn(session == null ? null : new Object());
        when(external.getSessionMap()).thenReturn(session == null ? Collections.emptyMap() : session);
        FacesContext context = mock(FacesContext.class);
        when(context.getExternalContext()).thenReturn(external);
        return context;
    }

    /** Reaches FacesContext's protected setter, as the Faces implementation does for each request. */
    private abstract static class CurrentFacesContext extends FacesContext {
        static void set(FacesContext context) {
            setCurrentInstance(context);
        }
    }
}
