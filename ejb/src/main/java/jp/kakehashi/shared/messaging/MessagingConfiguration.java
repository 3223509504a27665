package jp.kakehashi.shared.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
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

    public MessagingProvider provider() {
        return provider;
    }
}
