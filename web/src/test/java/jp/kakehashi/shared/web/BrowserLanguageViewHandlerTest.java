package jp.kakehashi.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BrowserLanguageViewHandlerTest {

    private static final List<Locale> OFFERED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private static Locale choose(Locale... preferred) {
        return BrowserLanguageViewHandler.choose(List.of(preferred).iterator(), OFFERED, Locale.JAPANESE);
    }

    @Test
    void aJapaneseBrowserThatAlsoListsEnglishGetsJapanese() {
        assertEquals(Locale.JAPANESE, choose(Locale.JAPAN, Locale.US, Locale.ENGLISH));
    }

    @Test
    void anEnglishBrowserGetsEnglishWhateverItsCountry() {
        assertEquals(Locale.ENGLISH, choose(Locale.US));
        assertEquals(Locale.ENGLISH, choose(Locale.UK, Locale.JAPANESE));
    }

    @Test
    void aLanguageTheShopDoesNotSpeakIsSkippedForTheNextPreference() {
        assertEquals(Locale.ENGLISH, choose(Locale.FRANCE, Locale.ENGLISH));
    }

    @Test
    void noLanguageInCommonGivesTheShopDefault() {
        assertEquals(Locale.JAPANESE, choose(Locale.GERMANY, Locale.KOREA));
        assertEquals(Locale.JAPANESE, choose());
    }
}
