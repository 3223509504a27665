package jp.kakehashi.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;

/** Gives Faces an external context that holds the request's messages before it sends a redirect (see {@link HeldMessages}). */
public class MessageHoldingExternalContextFactory extends ExternalContextFactory {

    public MessageHoldingExternalContextFactory(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new MessageHoldingExternalContext(getWrapped().getExternalContext(context, request, response));
    }

    static final class MessageHoldingExternalContext extends ExternalContextWrapper {

        MessageHoldingExternalContext(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public void redirect(String url) throws IOException {
            FacesContext context = FacesContext.getCurrentInstance();
            Optional<String> held =
                    context == null || leavesTheShop(url) ? Optional.empty() : HeldMessages.holdForNextPage(context);
            try {
                super.redirect(url);
            } catch (IOException | RuntimeException e) {
                held.ifPresent(key -> HeldMessages.forget(context, key));
                throw e;
            }
        }

        /** A redirect to another site (Amazon's pages): no page of ours follows it to show the messages. */
        static boolean leavesTheShop(String url) {
            return url.contains("://") || url.startsWith("//");
        }
    }
}
