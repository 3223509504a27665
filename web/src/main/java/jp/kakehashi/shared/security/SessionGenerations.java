package jp.kakehashi.shared.security;

import java.util.OptionalInt;

/**
 * The generation of a member's signed-in sessions, kept by the member feature: a session begun in an older generation
 * ends at its next request (a password changed elsewhere, an account disabled or deleted).
 */
public interface SessionGenerations {

    /** The current generation of the member a caller name stands for; empty when that member no longer exists. */
    OptionalInt generationOf(String callerName);
}
