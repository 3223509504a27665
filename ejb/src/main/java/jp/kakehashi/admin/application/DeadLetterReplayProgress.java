package jp.kakehashi.admin.application;

import java.time.Instant;

/** How far a bulk replay has got; {@code gone} counts chosen messages that had left the exception destination meanwhile. */
public record DeadLetterReplayProgress(
        long id,
        String deadLetterQueue,
        String targetQueue,
        String selection,
        String requestedBy,
        Instant requestedAt,
        int total,
        int replayed,
        int gone,
        String state,
        Instant finishedAt) {

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public int percentDone() {
        return total == 0 ? 100 : (int) ((replayed + gone) * 100L / total);
    }
}
