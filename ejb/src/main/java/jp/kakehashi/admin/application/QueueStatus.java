package jp.kakehashi.admin.application;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A queue as its messaging engine's QueueMBean reports it. {@code depth}, {@code maxDepth} and {@code state} are null
 * when the engine runs in another server (scaled out), where this server has no such MBean.
 */
public record QueueStatus(String name, String deadLetterQueueOf, Long depth, Long maxDepth, String state, Boolean sendAllowed) {

    @JsonbTransient
    public boolean isDeadLetterQueue() {
        return deadLetterQueueOf != null;
    }

    @JsonbTransient
    public boolean isInThisServer() {
        return depth != null;
    }
}
