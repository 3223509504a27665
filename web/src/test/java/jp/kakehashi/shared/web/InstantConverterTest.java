package jp.kakehashi.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private static final Instant SIX_UTC = Instant.parse("2026-12-01T06:04:00Z");

    @Test
    void japanesePagesShowJapanTime() {
        assertEquals("2026/12/01 15:04", InstantConverter.format(SIX_UTC, Locale.JAPANESE));
    }

    @Test
    void englishPagesShowJapanTimeInEnglish() {
        String shown = InstantConverter.format(SIX_UTC, Locale.ENGLISH);
        assertTrue(shown.startsWith("Dec 1, 2026") && shown.contains("3:04"), shown);
    }
}
