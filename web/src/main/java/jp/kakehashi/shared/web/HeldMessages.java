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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The messages of an action for the page after its redirect (post, redirect, get), held in the session before the
 * redirect is sent.
 * <p>
 * Faces' flash cannot be trusted with them here: it stores the kept messages when the request's last phase ends,
 * and Liberty's {@code sendRedirect} writes the response's headers at once, so the browser may ask for the next page
 * before the messages are stored. The page then came without its "saved" now and then (an admin browser test saw
 * it in CI). Each redirect holds its messages under a key of its own, so two requests of one session never
 * overwrite each other's; the next page request of the session shows them once, in the order they were held.
 */
public final class HeldMessages {

    static final String KEY_PREFIX = HeldMessages.class.getName() + ".";

    /** A message and the component it belongs to (null: the page). */
    public record Held(String clientId, FacesMessage message) implements Serializable {}

    /** One redirect's messages; taken once, even by two page requests of the session at the same time. */
    static final class Batch implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Held> messages;
        private final AtomicBoolean taken = new AtomicBoolean();

        Batch(List<Held> messages) {
            this.messages = List.copyOf(messages);
        }

        List<Held> take() {
            return taken.compareAndSet(false, true) ? messages : List.of();
        }
    }

    private HeldMessages() {}

    /**
     * Holds every message of the request in the session, for the page after the redirect that follows; the key they
     * are held under, or none when there are none.
     */
    public static Optional<String> holdForNextPage(FacesContext context) {
        List<Held> messages = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            context.getMessages(clientId).forEachRemaining(message -> messages.add(new Held(clientId, message)));
        }
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hold(context.getExternalContext().getSessionMap(), messages, System.currentTimeMillis()));
    }

    /** Lets go of messages held for a redirect that could not be sent. */
    public static void forget(FacesContext context, String key) {
        context.getExternalContext().getSessionMap().remove(key);
    }

    /** Adds what the session holds to the page being requested, once; a request without a session creates none. */
    public static void showOnThisPage(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (!(external.getRequest() instanceof HttpServletRequest request)
                || !"GET".equals(request.getMethod())
                || external.getSession(false) == null) {
            return;
        }
        for (Held held : release(external.getSessionMap())) {
            context.addMessage(held.clientId(), held.message());
        }
    }

    static String hold(Map<String, Object> session, List<Held> messages, long heldAtMillis) {
        // The zero-padded time first, so that the keys sort in the order the messages were held
        String key = KEY_PREFIX + String.format("%015d", heldAtMillis) + "." + UUID.randomUUID();
        session.put(key, new Batch(messages));
        return key;
    }

    static List<Held> release(Map<String, Object> session) {
        List<String> keys = session.keySet().stream()
                .filter(key -> key.startsWith(KEY_PREFIX))
                .sorted()
                .toList();
        List<Held> released = new ArrayList<>();
        for (String key : keys) {
            if (session.get(key) instanceof Batch batch) {
                released.addAll(batch.take());
            }
            session.remove(key);
        }
        return released;
    }
}
