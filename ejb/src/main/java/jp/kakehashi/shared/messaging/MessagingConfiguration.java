package jp.kakehashi.shared.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which JMS provider the server's connection factory and queues belong to ({@code kakehashi.messaging.provider}). */
@ApplicationScoped
public class MessagingConfiguration {

    @Inject
    @ConfigProperty(name = "kakehashi.messaging.provider")
    String providerSetting;

    private MessagingProvider provider;

    @PostConstruct
    void parse() {
        provider = MessagingProvider.of(providerSetting);
    }

    /** A mistyped provider stops the start, rather than every consumer's first message. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        provider();
    }

    public MessagingProvider provider() {
        return provider;
    }
}
