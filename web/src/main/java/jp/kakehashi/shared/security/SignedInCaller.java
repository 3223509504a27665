package jp.kakehashi.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in, kept in the HTTP session ({@link ShopAuthenticationMechanism#SIGNED_IN}): the caller and their groups
 * (member or admin), as the identity store validated them at sign-in, and for a member the session generation it began
 * in ({@link SessionGenerations}): the session ends once the member's moves on.
 */
public record SignedInCaller(String name, Set<String> groups, int generation) implements Serializable {

    private static final long serialVersionUID = 2L;

    /** An administrator's: their sessions have no generation. */
    static final int NO_GENERATION = -1;

    public SignedInCaller {
        groups = Set.copyOf(groups);
    }

    boolean isMember() {
        return generation != NO_GENERATION;
    }

    /** The same caller in the member's new generation (their other sessions ended, this one goes on). */
    public SignedInCaller inGeneration(int newGeneration) {
        return new SignedInCaller(name, groups, newGeneration);
    }
}
