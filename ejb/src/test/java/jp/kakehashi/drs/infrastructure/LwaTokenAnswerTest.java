package jp.kakehashi.drs.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import jp.kakehashi.drs.domain.TokenGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LwaTokenAnswerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aNumberOrAStringGivesTheLifetimeAndOtherFieldsAreIgnored() {
        TokenGrant expected = new TokenGrant("Atza|a", "Atzr|r", NOW.plusSeconds(3600));
        assertEquals(
                Optional.of(expected),
                LwaTokenAnswer.read(
                        "{\"access_token\":\"Atza|a\",\"refresh_token\":\"Atzr|r\",\"token_type\":\"bearer\",\"expires_in\":3600}",
                        NOW));
        assertEquals(
                Optional.of(expected),
                LwaTokenAnswer.read(
                        "{\"access_token\":\"Atza|a\",\"refresh_token\":\"Atzr|r\",\"expires_in\":\" 3600 \"}", NOW));
        assertEquals(
                Optional.of(expected),
                LwaTokenAnswer.read("{\"access_token\":\"Atza|a\",\"refresh_token\":\"Atzr|r\"}", NOW),
                "an hour when Amazon says nothing");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[]",
                "{\"access_token\":\"Atza|a\"}",
                "{\"access_token\":\"\",\"refresh_token\":\"r\"}",
                "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":\"soon\"}",
                "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":1.5}",
                "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":true}"
            })
    void anAnswerWithoutUsableTokensGivesNone(String body) {
        assertEquals(Optional.empty(), LwaTokenAnswer.read(body, NOW));
    }
}
