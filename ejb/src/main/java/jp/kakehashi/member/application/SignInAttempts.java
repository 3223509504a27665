package jp.kakehashi.member.application;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Password attempts as every server of a cluster sees them (the database). Keys, not addresses or accounts: the
 * caller decides what counts as one account and one address. A pair key is the account's key, {@code |}, and the
 * address key: the account's attempts from every address are those whose pair key starts with the account's key.
 */
public interface SignInAttempts {

    /**
     * The limits within a window: per account and address together, and per address whatever the account; and per
     * account whatever the address, within a window of its own (accountSince), shorter: it slows a guess at one account
     * from many addresses without locking its owner out for long.
     */
    record Limits(Instant since, int perPair, int perAddress, Instant accountSince, int perAccount) {

        /** One more of each: what a reserved attempt may see, counting itself. */
        public Limits plusOne() {
            return new Limits(since, perPair + 1, perAddress + 1, accountSince, perAccount + 1);
        }
    }

    /** The account's part of a pair key. */
    static String accountKeyOf(String pairKey) {
        int bar = pairKey.indexOf('|');
        return bar < 0 ? pairKey : pairKey.substring(0, bar);
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
