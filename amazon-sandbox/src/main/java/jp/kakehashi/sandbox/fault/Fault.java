package jp.kakehashi.sandbox.fault;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * What the sandbox does to requests of one endpoint instead of, or before, answering them.
 *
 * @param latencyMillis  added delay before anything else
 * @param status         0 to answer normally; otherwise this status (429, 500, 502, 503, 504...) with the
 *                       endpoint's error body
 * @param dropConnection cut the connection in the middle of the answer
 * @param times          how many requests the fault applies to; 0 or less means until it is cleared
 * @param afterProcessing the endpoint handles the request first (a grant is spent, tokens are issued), and only then is
 *                        its answer delayed, replaced by the error status or cut: the client cannot know what happened
 * @param grantType      Login with Amazon's token endpoint only: the fault applies to requests of this grant_type alone
 *                       (null: to every request), so that a test's fault is not spent by another grant made meanwhile
 */
public record Fault(
        int latencyMillis, int status, boolean dropConnection, int times, boolean afterProcessing, String grantType) {

    /** A fault before the endpoint handles the request: it never sees it. */
    public Fault(int latencyMillis, int status, boolean dropConnection, int times) {
        this(latencyMillis, status, dropConnection, times, false, null);
    }

    public Fault(int latencyMillis, int status, boolean dropConnection, int times, boolean afterProcessing) {
        this(latencyMillis, status, dropConnection, times, afterProcessing, null);
    }

    /** Whether the fault applies to a request of this grant type (null: not a token request). */
    boolean appliesTo(String requestGrantType) {
        return grantType == null || grantType.equals(requestGrantType);
    }

    public static final int MAX_LATENCY_MILLIS = 120_000;

    @JsonbCreator
    public Fault {
        if (latencyMillis < 0 || latencyMillis > MAX_LATENCY_MILLIS) {
            throw new IllegalArgumentException("latencyMillis must be between 0 and " + MAX_LATENCY_MILLIS);
        }
        if (status != 0 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be 0 or an HTTP error status (400-599)");
        }
        if (latencyMillis == 0 && status == 0 && !dropConnection) {
            throw new IllegalArgumentException("a fault needs latency, an error status or a dropped connection");
        }
    }

    public boolean untilCleared() {
        return times <= 0;
    }

    /** The same fault for one request fewer. */
    Fault spentOnce() {
        return new Fault(latencyMillis, status, dropConnection, times - 1, afterProcessing, grantType);
    }
}
