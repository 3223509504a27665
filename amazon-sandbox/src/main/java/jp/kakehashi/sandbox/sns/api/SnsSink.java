package jp.kakehashi.sandbox.sns.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in HTTP endpoints for trying SNS delivery without Kakehashi's servlet. Each named sink records what it
 * receives and answers the statuses scripted for it, one per request, then 200 (so tests do not share state).
 */
@ApplicationScoped
public class SnsSink {

    public static final String DEFAULT_NAME = "default";
    private static final int CAPACITY = 200;

    public record Received(Instant time, String method, Map<String, String> headers, String body, int answeredStatus) {}

    private static final class Sink {
        final Deque<Received> received = new ArrayDeque<>();
        final Deque<Integer> answers = new ArrayDeque<>();
    }

    private final Map<String, Sink> sinks = new ConcurrentHashMap<>();

    /** Records a request and tells the status to answer it with. */
    public int receive(String name, String method, Map<String, String> headers, String body) {
        Sink sink = sinks.computeIfAbsent(name, ignored -> new Sink());
        synchronized (sink) {
            Integer scripted = sink.answers.pollFirst();
            int status = scripted == null ? 200 : scripted;
            sink.received.addLast(new Received(Instant.now(), method, Map.copyOf(headers), body, status));
            while (sink.received.size() > CAPACITY) {
                sink.received.removeFirst();
            }
            return status;
        }
    }

    public List<Received> received(String name) {
        Sink sink = sinks.get(name);
        if (sink == null) {
            return List.of();
        }
        synchronized (sink) {
            return new ArrayList<>(sink.received);
        }
    }

    /** The statuses to answer the next requests with, in order; afterwards the sink answers 200. */
    public void script(String name, List<Integer> statuses) {
        for (Integer status : statuses) {
            if (status == null || status < 200 || status > 599) {
                throw new IllegalArgumentException("a sink answers statuses between 200 and 599");
            }
        }
        Sink sink = sinks.computeIfAbsent(name, ignored -> new Sink());
        synchronized (sink) {
            sink.answers.clear();
            sink.answers.addAll(statuses);
        }
    }

    public void clear(String name) {
        sinks.remove(name);
    }

    public List<String> names() {
        return sinks.keySet().stream().sorted().toList();
    }
}
