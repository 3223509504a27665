package jp.kakehashi.drs.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Refreshes, every minute, the tokens of devices whose access token falls due (drs.token-refresh-margin before it
 * expires). No transaction here: each refresh is stored in its own, and a slow Amazon holds no database connection.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenRefreshSchedule {

    private static final Logger LOG = Logger.getLogger(TokenRefreshSchedule.class.getName());
    private static final int BATCH = 200;

    @Inject
    private DeviceSetup deviceSetup;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void refreshDueTokens() {
        int refreshed = deviceSetup.refreshDue(BATCH);
        if (refreshed > 0) {
            LOG.info(() -> "Refreshed the tokens of " + refreshed + " devices");
        }
    }
}
