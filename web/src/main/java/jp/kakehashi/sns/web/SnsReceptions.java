package jp.kakehashi.sns.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last deliveries this server's SNS endpoint received, with what it answered and why, for admins. In memory and
 * bounded; never the body (it may be forged, and DRS bodies carry customer ids).
 */
@ApplicationScoped
public class SnsReceptions {

    static final int KEPT = 100;

    private final Deque<Reception> receptions = new ArrayDeque<>(KEPT);

    synchronized void record(Reception reception) {
        if (receptions.size() == KEPT) {
            receptions.removeLast();
        }
        receptions.addFirst(reception);
    }

    /** Newest first. */
    public synchronized List<Reception> newest() {
        return new ArrayList<>(receptions);
    }

    /**
     * @param messageId null when the body was not an SNS message
     * @param status    the HTTP status answered
     */
    public record Reception(
            Instant receivedAt,
            String messageId,
            String type,
            String topicArn,
            int status,
            String result,
            String reason) {

        public boolean isAccepted() {
            return status == 200;
        }
    }
}
