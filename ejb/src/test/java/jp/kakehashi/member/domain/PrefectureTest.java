package jp.kakehashi.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureTest {

    @Test
    void thereAreFortySevenInJisOrder() {
        assertEquals(47, Prefecture.values().length);
        assertEquals("01", Prefecture.HOKKAIDO.code());
        assertEquals("13", Prefecture.TOKYO.code());
        assertEquals("47", Prefecture.OKINAWA.code());
    }

    @ParameterizedTest
    @CsvSource({
        "東京都,TOKYO",
        "東京,TOKYO",
        "Tokyo,TOKYO",
        "tokyo-to,TOKYO",
        "TOKYO TO,TOKYO",
        "大阪府,OSAKA",
        "Ōsaka-fu,OSAKA",
        "Osaka Prefecture,OSAKA",
        "北海道,HOKKAIDO",
        "Hokkaido,HOKKAIDO",
        "神奈川県,KANAGAWA",
        "神奈川,KANAGAWA",
        "Kanagawa-ken,KANAGAWA",
        "京都府,KYOTO",
        "Kyōto,KYOTO",
        "Kouchi,KOCHI",
        "高知県,KOCHI",
        "'　東京都　',TOKYO"
    })
    void readsTheNamesAmazonAddressesCarry(String stateOrRegion, Prefecture expected) {
        assertEquals(Optional.of(expected), Prefecture.fromStateOrRegion(stateOrRegion));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "California", "東京都港区", "Kyoto Osaka"})
    void anythingElseIsNoPrefecture(String stateOrRegion) {
        assertEquals(Optional.empty(), Prefecture.fromStateOrRegion(stateOrRegion));
    }

    @Test
    void displaysInThePagesLanguage() {
        assertEquals("東京都", Prefecture.TOKYO.displayName(Locale.JAPANESE));
        assertEquals("Tokyo", Prefecture.TOKYO.displayName(Locale.ENGLISH));
    }
}
