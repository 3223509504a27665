package jp.kakehashi.member.application;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Password attempts as every server of a cluster sees them (the database). Keys, not addresses or accounts: the
 * caller decides what counts as one account and one address.
 */
public interface SignInAttempts {

    /** The limits within a window: per account and address together, and per address whatever the account. */
    record Limits(Instant since, int perPair, int perAddress) {
    }

    /**
     * Records an attempt now, before its password is checked, unless the pair or the address has used up its attempts:
     * then nothing is recorded and the answer is empty. Of N attempts made at once, at most the limit get through.
     */
    OptionalLong reserve(String pairKey, String addressKey, Instant now, Limits limits);

    boolean isBlocked(String pairKey, String addressKey, Limits limits);

    /** The right password: the pair's earlier attempts no longer count. */
    void forget(String pairKey);
}
