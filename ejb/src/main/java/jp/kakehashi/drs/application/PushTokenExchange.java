package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jp.kakehashi.drs.domain.DeviceRegistered;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Seed 003's push option, off by default ({@code drs.exchange-on-notification}): exchange a device's tokens as soon as
 * its DeviceRegisteredNotification is stored. Only after that transaction commits, so a call to Amazon never holds
 * the consumer's transaction open, and a failure here loses no notification (the member can still set up by pull).
 */
@ApplicationScoped
public class PushTokenExchange {

    private static final Logger LOG = Logger.getLogger(PushTokenExchange.class.getName());

    @Inject
    @ConfigProperty(name = "drs.exchange-on-notification")
    boolean enabled;

    @Inject
    private DeviceSetup deviceSetup;

    void onDeviceRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRegistered registered) {
        if (!enabled) {
            return;
        }
        DeviceSetup.Outcome outcome = deviceSetup.setUpOnNotification(registered.modelId(), registered.serialNumber());
        LOG.info(() -> "Push exchange for a registered " + registered.modelId() + " device: " + outcome);
    }
}
