package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jp.kakehashi.drs.domain.SubscriptionCheckRequested;

/**
 * Starts the read as soon as the mark that asks for it is committed (after a setup or a SubscriptionChangedNotification),
 * rather than at the next minute's run; a read that fails is left to that run.
 */
@ApplicationScoped
public class SubscriptionCheckTrigger {

    @Inject
    private SubscriptionChecks checks;

    void readWhenCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriptionCheckRequested request) {
        checks.checkSoon(request.deviceId());
    }
}
