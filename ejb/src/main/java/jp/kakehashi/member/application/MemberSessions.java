package jp.kakehashi.member.application;

import java.util.OptionalInt;

/**
 * The generation of a member's signed-in sessions. A session keeps the generation it began in and is valid while the
 * member's is still the same, so that a password change, a disabled account or a deletion ends sessions held by any
 * server. The web layer's {@code MemberSignedInSessions} keeps the session's side.
 */
public interface MemberSessions {

    /** The member's current generation; empty for a member that no longer exists. */
    OptionalInt generationOf(long memberId);

    /** Moves the member's generation on: every session begun before ends at its next request. The new generation. */
    int endSessions(long memberId);
}
