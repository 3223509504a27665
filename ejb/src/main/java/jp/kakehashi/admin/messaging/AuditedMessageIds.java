package jp.kakehashi.admin.messaging;

import java.util.ArrayList;
import java.util.List;
import jp.kakehashi.admin.domain.AuditEntry;

/**
 * The ids of one batch of a purge or a replay, as its audit line names them: "3 messages deleted: ID:a ID:b ID:c". The
 * batch is as large as the audit column lets the line name every message in it.
 */
final class AuditedMessageIds {

    /** Longest id {@link JmsQueueAdministration#MESSAGE_ID} accepts, and what stands for a provider's missing one. */
    static final int MAX_ID_LENGTH = 103;

    static final String NO_ID = "(no id)";
    static final String DELETED = "deleted";

    private final String done;
    private final int maxPrefixLength;
    private final int limit;
    private final List<String> ids = new ArrayList<>();
    private int idsLength;

    /** @param done what happened to the messages, as the line says it: "deleted", "replayed onto SnsInboundQueue" */
    AuditedMessageIds(String done) {
        this(done, AuditEntry.MAX_DETAIL);
    }

    AuditedMessageIds(String done, int limit) {
        this.done = done;
        this.maxPrefixLength = ("9999 messages " + done + ": ").length();
        this.limit = limit;
    }

    boolean hasRoomForAnother() {
        return maxPrefixLength + idsLength + 1 + MAX_ID_LENGTH <= limit;
    }

    void add(String messageId) {
        if (!hasRoomForAnother()) {
            throw new IllegalStateException("The audit line is full");
        }
        String id = messageId == null || messageId.isBlank()
                ? NO_ID
                : messageId.length() > MAX_ID_LENGTH ? messageId.substring(0, MAX_ID_LENGTH) : messageId;
        idsLength += (ids.isEmpty() ? 0 : 1) + id.length();
        ids.add(id);
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    int count() {
        return ids.size();
    }

    String detail() {
        return ids.size() + " messages " + done + ": " + String.join(" ", ids);
    }
}
