package jp.kakehashi.drs.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import jp.kakehashi.drs.domain.DeviceRegistered;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The DRS pre-registration guide's push option, off by default ({@code drs.exchange-on-notification}): exchange a device's tokens as soon as
 * its DeviceRegisteredNotification is stored. Only after that transaction commits, and on the managed executor, never
 * on the consumer's thread: a slow Login with Amazon must not hold a message-driven bean. At most
 * {@code drs.exchange-on-notification.max-pending} exchanges wait or run at once; one over that is skipped, and so is
 * one whose exchange fails: nothing is lost, the member's setup (pull) still obtains the tokens.
 */
@ApplicationScoped
public class PushTokenExchange {

    private static final Logger LOG = Logger.getLogger(PushTokenExchange.class.getName());

    @Inject
    @ConfigProperty(name = "drs.exchange-on-notification")
    boolean enabled;

    @Inject
    private DeviceSetup deviceSetup;

    @Inject
    private LoginWithAmazonConfiguration configuration;

    @Resource
    private ManagedExecutorService executor;

    private Semaphore pending;

    @PostConstruct
    void bound() {
        pending = new Semaphore(configuration.pushExchangesMaxPending());
    }

    void onDeviceRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceRegistered registered) {
        if (!enabled) {
            return;
        }
        Semaphore slots = pending;
        if (!slots.tryAcquire()) {
            LOG.warning(() -> "Push exchange skipped for a registered " + registered.modelId() + " device: "
                    + configuration.pushExchangesMaxPending() + " are pending; the member's setup will exchange");
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    DeviceSetup.Outcome outcome =
                            deviceSetup.setUpOnNotification(registered.modelId(), registered.serialNumber());
                    LOG.info(() -> "Push exchange for a registered " + registered.modelId() + " device: " + outcome);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            LOG.warning(() -> "Push exchange not started (the server is stopping): " + e.getMessage());
        }
    }
}
