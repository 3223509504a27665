package jp.kakehashi.drs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenProblemTest {

    @Test
    void aKeptTextNamesItsProblemAndAmazonsOwnWordsNone() {
        assertEquals(Optional.of(TokenProblem.REFUSED), TokenProblem.of(TokenProblem.REFUSED.text()));
        assertEquals(
                Optional.of(TokenProblem.MARKED_BY_ADMIN),
                TokenProblem.of(TokenProblem.MARKED_BY_ADMIN.text() + "admin"));
        assertEquals(Optional.empty(), TokenProblem.of("invalid_client: Client authentication failed"));
        assertEquals(Optional.empty(), TokenProblem.of(null));
    }
}
