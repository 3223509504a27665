package jp.kakehashi.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jp.kakehashi.sandbox.drs.DrsSandboxConfig;
import jp.kakehashi.sandbox.lwa.LwaSandboxConfig;
import jp.kakehashi.sandbox.pay.PayConfig;
import jp.kakehashi.sandbox.settings.SettingsReader;
import jp.kakehashi.sandbox.sns.SnsSandboxConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Each part's settings, read from MicroProfile Config when the sandbox starts (a setting that is missing or wrong
 * stops the start, as injected settings did) and injectable from then on. A new part's settings record is one more
 * field here.
 */
@ApplicationScoped
public class SandboxSettings {

    @Inject
    Config config;

    @Produces
    PayConfig pay;

    @Produces
    SnsSandboxConfig sns;

    @Produces
    DrsSandboxConfig drs;

    @Produces
    LwaSandboxConfig lwa;

    @PostConstruct
    void read() {
        pay = SettingsReader.read(config, PayConfig.class);
        sns = SettingsReader.read(config, SnsSandboxConfig.class);
        drs = SettingsReader.read(config, DrsSandboxConfig.class);
        lwa = SettingsReader.read(config, LwaSandboxConfig.class);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Observing is enough: CDI creates this bean to deliver the event, so read() runs at start.
    }
}
