package jp.kakehashi.sandbox.fault;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The faults in force, per endpoint. Set from the console or the control API; read by {@link FaultInjectionFilter}.
 * Every request passes here three times, so the counts take no lock: a benchmark's calls to the sandbox must not
 * queue on one (it counts as Amazon's time in the measurement). Only spending a fault is synchronized.
 */
@ApplicationScoped
public class FaultInjector {

    private final Map<SandboxEndpoint, Fault> faults = new ConcurrentHashMap<>();
    /** Requests that reached each endpoint, faulted or not: what a client's retries and circuit breaker let through. */
    private final Map<SandboxEndpoint, LongAdder> requests = new ConcurrentHashMap<>();

    private final Map<String, LongAdder> requestsByGrant = new ConcurrentHashMap<>();
    private final Map<SandboxEndpoint, AtomicLong> inFlight = new ConcurrentHashMap<>();
    private final Map<SandboxEndpoint, AtomicLong> peakInFlight = new ConcurrentHashMap<>();

    /** A request to the endpoint began: counts it among those in flight. */
    public void started(SandboxEndpoint endpoint) {
        long now = inFlight.computeIfAbsent(endpoint, e -> new AtomicLong()).incrementAndGet();
        peakInFlight.computeIfAbsent(endpoint, e -> new AtomicLong()).accumulateAndGet(now, Math::max);
    }

    public void ended(SandboxEndpoint endpoint) {
        inFlight.computeIfAbsent(endpoint, e -> new AtomicLong()).decrementAndGet();
    }

    /** The most requests each endpoint had in flight at once since the last reset. */
    public Map<SandboxEndpoint, Long> peakInFlight() {
        return peakInFlight.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().get()));
    }

    public void resetPeakInFlight() {
        peakInFlight.clear();
        inFlight.forEach((endpoint, now) ->
                peakInFlight.computeIfAbsent(endpoint, e -> new AtomicLong()).accumulateAndGet(now.get(), Math::max));
    }

    public synchronized void inject(SandboxEndpoint endpoint, Fault fault) {
        faults.put(endpoint, fault);
    }

    public synchronized void clear(SandboxEndpoint endpoint) {
        faults.remove(endpoint);
    }

    public synchronized void clearAll() {
        faults.clear();
    }

    public Map<SandboxEndpoint, Long> requests() {
        return requests.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().sum()));
    }

    public Map<SandboxEndpoint, Fault> faults() {
        return Map.copyOf(faults);
    }

    /** The fault for this request, counting it against the fault's number of times. */
    public Optional<Fault> next(SandboxEndpoint endpoint) {
        return next(endpoint, null);
    }

    /**
     * The same for a request of Login with Amazon's token endpoint, counted per grant type too (key
     * {@code LWA_TOKEN:<grant_type>} in {@link #requestsByGrant}).
     */
    public Optional<Fault> next(SandboxEndpoint endpoint, String grantType) {
        requests.computeIfAbsent(endpoint, e -> new LongAdder()).increment();
        if (grantType != null) {
            requestsByGrant
                    .computeIfAbsent(endpoint.name() + ":" + grantType, key -> new LongAdder())
                    .increment();
        }
        return faults.isEmpty() ? Optional.empty() : spend(endpoint, grantType);
    }

    private synchronized Optional<Fault> spend(SandboxEndpoint endpoint, String grantType) {
        Fault fault = faults.get(endpoint);
        if (fault == null || !fault.appliesTo(grantType)) {
            return Optional.empty();
        }
        if (!fault.untilCleared()) {
            if (fault.times() == 1) {
                faults.remove(endpoint);
            } else {
                faults.put(endpoint, fault.spentOnce());
            }
        }
        return Optional.of(fault);
    }

    /** Requests per endpoint and grant type ({@code LWA_TOKEN:refresh_token}, ...). */
    public Map<String, Long> requestsByGrant() {
        return requestsByGrant.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().sum()));
    }
}
