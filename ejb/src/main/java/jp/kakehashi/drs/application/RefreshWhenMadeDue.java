package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jp.kakehashi.drs.domain.TokensMadeDue;

/**
 * Starts a refresh run once the transaction that made tokens due has committed. Started inside it, the run could look
 * before the commit, find nothing due and end, leaving the devices to the next minute's timer.
 */
@ApplicationScoped
public class RefreshWhenMadeDue {

    @Inject
    private TokenRefreshSchedule refreshSchedule;

    void onTokensMadeDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokensMadeDue madeDue) {
        if (madeDue.devices() > 0) {
            refreshSchedule.refreshNow();
        }
    }
}
