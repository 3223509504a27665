package jp.kakehashi.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The messages of an action for the page after its redirect (post, redirect, get), held in the session before the
 * redirect is sent.
 * <p>
 * Faces' flash cannot be trusted with them here: it stores the kept messages when the request's last phase ends,
 * and Liberty's {@code sendRedirect} writes the response's headers at once, so the browser may ask for the next page
 * before the messages are stored. The page then came without its "saved" now and then (an admin browser test saw
 * it in CI). Each redirect holds its messages under a key of its own, so two requests of one session never
 * overwrite each other's; the next page request of the session shows them, in the order they were held.
 */
public final class HeldMessages {

    static final String KEY_PREFIX = HeldMessages.class.getName() + ".";

    /** A message and the component it belongs to (null: the page). */
    public record Held(String clientId, FacesMessage message) implements Serializable {
    }

    private HeldMessages() {
    }

    /** Holds every message of the request in the session, for the page after the redirect that follows. */
    public static void holdForNextPage(FacesContext context) {
        List<Held> messages = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            context.getMessages(clientId).forEachRemaining(message -> messages.add(new Held(clientId, message)));
        }
        if (!messages.isEmpty()) {
            hold(context.getExternalContext().getSessionMap(), messages, System.currentTimeMillis());
        }
    }

    /** Adds what the session holds to the page being requested, once; a request without a session creates none. */
    public static void showOnThisPage(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (!(external.getRequest() instanceof HttpServletRequest request) || !"GET".equals(request.getMethod())
                || external.getSession(false) == null) {
            return;
        }
        for (Held held : release(external.getSessionMap())) {
            context.addMessage(held.clientId(), held.message());
        }
    }

    static void hold(Map<String, Object> session, List<Held> messages, long heldAtMillis) {
        // The zero-padded time first, so that the keys sort in the order the messages were held
        session.put(KEY_PREFIX + String.format("%015d", heldAtMillis) + "." + UUID.randomUUID(), List.copyOf(messages));
    }

    static List<Held> release(Map<String, Object> session) {
        List<String> keys = session.keySet().stream().filter(key -> key.startsWith(KEY_PREFIX)).sorted().toList();
        List<Held> released = new ArrayList<>();
        for (String key : keys) {
            if (session.remove(key) instanceof List<?> held) {
                held.stream().filter(Held.class::isInstance).map(Held.class::cast).forEach(released::add);
            }
        }
        return released;
    }
}
