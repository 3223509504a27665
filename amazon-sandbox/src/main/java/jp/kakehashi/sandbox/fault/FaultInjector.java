package jp.kakehashi.sandbox.fault;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The faults in force, per endpoint. Set from the console or the control API; read by {@link FaultInjectionFilter}. */
@ApplicationScoped
public class FaultInjector {

    private final Map<SandboxEndpoint, Fault> faults = new EnumMap<>(SandboxEndpoint.class);
    /** Requests that reached each endpoint, faulted or not: what a client's retries and circuit breaker let through. */
    private final Map<SandboxEndpoint, Long> requests = new EnumMap<>(SandboxEndpoint.class);
    private final Map<String, Long> requestsByGrant = new java.util.HashMap<>();
    private final Map<SandboxEndpoint, Long> inFlight = new EnumMap<>(SandboxEndpoint.class);
    private final Map<SandboxEndpoint, Long> peakInFlight = new EnumMap<>(SandboxEndpoint.class);

    /** A request to the endpoint began: counts it among those in flight. */
    public synchronized void started(SandboxEndpoint endpoint) {
        long now = inFlight.merge(endpoint, 1L, Long::sum);
        peakInFlight.merge(endpoint, now, Math::max);
    }

    public synchronized void ended(SandboxEndpoint endpoint) {
        inFlight.merge(endpoint, -1L, Long::sum);
    }

    /** The most requests each endpoint had in flight at once since the last reset. */
    public synchronized Map<SandboxEndpoint, Long> peakInFlight() {
        return Map.copyOf(peakInFlight);
    }

    public synchronized void resetPeakInFlight() {
        peakInFlight.clear();
        peakInFlight.putAll(inFlight);
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

    public synchronized Map<SandboxEndpoint, Long> requests() {
        return Map.copyOf(requests);
    }

    public synchronized Map<SandboxEndpoint, Fault> faults() {
        return Map.copyOf(faults);
    }

    /** The fault for this request, counting it against the fault's number of times. */
    public synchronized Optional<Fault> next(SandboxEndpoint endpoint) {
        return next(endpoint, null);
    }

    /**
     * The same for a request of Login with Amazon's token endpoint, counted per grant type too (key
     * {@code LWA_TOKEN:<grant_type>} in {@link #requestsByGrant}).
     */
    public synchronized Optional<Fault> next(SandboxEndpoint endpoint, String grantType) {
        requests.merge(endpoint, 1L, Long::sum);
        if (grantType != null) {
            requestsByGrant.merge(endpoint.name() + ":" + grantType, 1L, Long::sum);
        }
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
    public synchronized Map<String, Long> requestsByGrant() {
        return Map.copyOf(requestsByGrant);
    }
}
