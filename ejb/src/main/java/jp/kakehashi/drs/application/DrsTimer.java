package jp.kakehashi.drs.application;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * Starts one of the DRS timers: every drs.timers.period, first at its own fraction of the period, so that the three
 * timers of a server do not all run at once. Not persistent: every server of a cluster runs its own, and the work
 * they find is claimed row by row.
 */
final class DrsTimer {

    private DrsTimer() {}

    static void start(TimerService timers, Duration period, double offsetWithinPeriod, String name) {
        long periodMillis = period.toMillis();
        timers.createIntervalTimer(
                (long) (periodMillis * offsetWithinPeriod), periodMillis, new TimerConfig(name, false));
    }
}
