package jp.kakehashi.sandbox.sns.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The latest delivery attempts, newest first, bounded so that a long-running sandbox does not grow. */
public final class DeliveryLog {

    private final int capacity;
    private final Deque<DeliveryLogEntry> entries = new ArrayDeque<>();

    public DeliveryLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the delivery log needs room for at least one entry");
        }
        this.capacity = capacity;
    }

    public synchronized void add(DeliveryLogEntry entry) {
        entries.addFirst(entry);
        while (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    public synchronized List<DeliveryLogEntry> entries() {
        return new ArrayList<>(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
