package jp.kakehashi.admin.health;

import java.util.Objects;
import java.util.logging.Logger;

/**
 * Logs why a readiness check is down once per change of reason, not on every probe (load balancers ask every few
 * seconds), and once when it is up again.
 */
final class DownLog {

    private final Logger log;
    private String lastReason;

    DownLog(Logger log) {
        this.log = log;
    }

    synchronized void down(String reason) {
        if (!Objects.equals(reason, lastReason)) {
            log.warning(reason);
            lastReason = reason;
        }
    }

    synchronized void up() {
        if (lastReason != null) {
            log.info("Readiness restored after: " + lastReason);
            lastReason = null;
        }
    }
}
