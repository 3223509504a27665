package jp.kakehashi.member.infrastructure;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Properties;
import jp.kakehashi.member.application.CredentialMailRequested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CredentialMailerTest {

    private final Session session = Session.getInstance(props());

    private static Properties props() {
        Properties properties = new Properties();
        properties.put("mail.from", "no-reply@kakehashi.example");
        return properties;
    }

    @ParameterizedTest
    @EnumSource(CredentialMailRequested.Kind.class)
    void everyMailHasItsTextInJapaneseAndEnglishWithTheNameAndTheLink(CredentialMailRequested.Kind kind)
            throws Exception {
        String link = "https://shop.example/shop/reset-password.xhtml?token=abc";
        MimeMessage japanese = CredentialMailer.compose(
                session, new CredentialMailRequested(kind, "taro@example.jp", "山田 太郎", Locale.JAPANESE, link));
        MimeMessage english = CredentialMailer.compose(
                session, new CredentialMailRequested(kind, "taro@example.jp", "Taro", Locale.ENGLISH, link));
        assertTrue(japanese.getSubject().startsWith("【Kakehashi】"), japanese.getSubject());
        assertTrue(english.getSubject().startsWith("[Kakehashi]"), english.getSubject());
        assertNotEquals(japanese.getSubject(), english.getSubject());
        String japaneseText = (String) japanese.getContent();
        String englishText = (String) english.getContent();
        assertTrue(japaneseText.startsWith("山田 太郎 様") && japaneseText.contains(link), japaneseText);
        assertTrue(englishText.startsWith("Dear Taro,") && englishText.contains(link), englishText);
    }
}
