package jp.kakehashi.admin.application;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which dead letters a bulk replay takes: the ids an admin ticked, or those that match a filter (DRS notification type,
 * serial, time put on the queue); a filter with nothing set takes them all.
 *
 * @throws AdminActionRefusedException for a malformed id, too many ids, or a time range that ends before it begins
 */
public record DeadLetterSelection(
        Set<String> messageIds, String drsType, String serialNumber, Instant putFrom, Instant putTo) {

    public static final int MAX_IDS = 1_000;
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9A-Za-z_\\-]{1,100}");

    public DeadLetterSelection {
        messageIds = messageIds == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(messageIds));
        drsType = blankToNull(drsType);
        serialNumber = blankToNull(serialNumber);
        if (messageIds.size() > MAX_IDS) {
            throw new AdminActionRefusedException("At most " + MAX_IDS + " message ids at once");
        }
        for (String id : messageIds) {
            if (id == null || !MESSAGE_ID.matcher(id).matches()) {
                throw new AdminActionRefusedException("Not a message id: " + id);
            }
        }
        if (!messageIds.isEmpty() && (drsType != null || serialNumber != null || putFrom != null || putTo != null)) {
            throw new AdminActionRefusedException("Either message ids or a filter, not both");
        }
        if (putFrom != null && putTo != null && putTo.isBefore(putFrom)) {
            throw new AdminActionRefusedException("The time range ends before it begins");
        }
    }

    public static DeadLetterSelection all() {
        return new DeadLetterSelection(Set.of(), null, null, null, null);
    }

    public static DeadLetterSelection ofIds(Set<String> messageIds) {
        if (messageIds == null || messageIds.isEmpty()) {
            throw new AdminActionRefusedException("No message chosen");
        }
        return new DeadLetterSelection(messageIds, null, null, null, null);
    }

    public boolean byIds() {
        return !messageIds.isEmpty();
    }

    public boolean matches(QueuedMessageSummary message) {
        if (byIds()) {
            return messageIds.contains(message.id());
        }
        return (drsType == null || drsType.equals(message.drsType()))
                && (serialNumber == null || serialNumber.equals(message.serialNumber()))
                && (putFrom == null
                        || message.putAt() != null && !message.putAt().isBefore(putFrom))
                && (putTo == null || message.putAt() != null && message.putAt().isBefore(putTo));
    }

    /** For the job and its audit lines: what was asked, never the messages' contents. */
    public String describe() {
        if (byIds()) {
            return messageIds.size() + " chosen messages";
        }
        StringBuilder filter = new StringBuilder();
        append(filter, "type", drsType);
        append(filter, "serial", serialNumber);
        append(filter, "from", putFrom);
        append(filter, "before", putTo);
        return filter.isEmpty() ? "all messages" : "messages with " + filter;
    }

    private static void append(StringBuilder filter, String name, Object value) {
        if (value != null) {
            filter.append(filter.isEmpty() ? "" : ", ").append(name).append(' ').append(value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
