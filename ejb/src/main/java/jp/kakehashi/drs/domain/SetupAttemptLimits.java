package jp.kakehashi.drs.domain;

/**
 * How many device setups are taken within one window (drs.setup-attempts.*, docs/design.md): per member, per source
 * address (many cheap accounts behind one sweeper), and per model for attempts that did not prove the customer (a
 * sweep from many addresses). A proven customer is never held up by the others' guessing of their model.
 */
public record SetupAttemptLimits(int perMember, int perSource, int unprovenPerModel) {

    /**
     * Whether one more attempt is taken, given the window's attempts so far.
     *
     * @param fromSource the source address's attempts; ignored when the source is not known (null)
     */
    public boolean admits(long byMember, String source, long fromSource, boolean proven, long unprovenOfModel) {
        if (byMember >= perMember) {
            return false;
        }
        if (source != null && fromSource >= perSource) {
            return false;
        }
        return proven || unprovenOfModel < unprovenPerModel;
    }
}
