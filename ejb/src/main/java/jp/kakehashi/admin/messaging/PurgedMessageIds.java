package jp.kakehashi.admin.messaging;

import jp.kakehashi.admin.domain.AuditEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids of one purge batch, as its audit line names them: "3 messages deleted: ID:a ID:b ID:c". The batch is as
 * large as the audit column lets the line name every message in it.
 */
final class PurgedMessageIds {

    /** Longest id {@link JmsQueueAdministration#MESSAGE_ID} accepts, and what stands for a provider's missing one. */
    static final int MAX_ID_LENGTH = 103;
    static final String NO_ID = "(no id)";
    private static final int MAX_PREFIX_LENGTH = "9999 messages deleted: ".length();

    private final int limit;
    private final List<String> ids = new ArrayList<>();
    private int idsLength;

    PurgedMessageIds() {
        this(AuditEntry.MAX_DETAIL);
    }

    PurgedMessageIds(int limit) {
        this.limit = limit;
    }

    boolean hasRoomForAnother() {
        return MAX_PREFIX_LENGTH + idsLength + 1 + MAX_ID_LENGTH <= limit;
    }

    void add(String messageId) {
        if (!hasRoomForAnother()) {
            throw new IllegalStateException("The audit line is full");
        }
        String id = messageId == null || messageId.isBlank() ? NO_ID
                : messageId.length() > MAX_ID_LENGTH ? messageId.substring(0, MAX_ID_LENGTH) : messageId;
        idsLength += (ids.isEmpty() ? 0 : 1) + id.length();
        ids.add(id);
    }

    int count() {
        return ids.size();
    }

    String detail() {
        return ids.size() + " messages deleted: " + String.join(" ", ids);
    }
}
