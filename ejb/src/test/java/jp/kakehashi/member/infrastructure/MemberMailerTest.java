package jp.kakehashi.member.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Properties;
import jp.kakehashi.member.application.MemberMailRequested;
import org.junit.jupiter.api.Test;

class MemberMailerTest {

    private final Session session = Session.getInstance(props());

    private static Properties props() {
        Properties properties = new Properties();
        properties.put("mail.from", "no-reply@kakehashi.example");
        return properties;
    }

    @Test
    void theVerificationMailIsInTheMembersLanguageWithTheirNameAndTheLink() throws Exception {
        String link = "https://shop.example/shop/verify-email.xhtml?token=abc";
        MimeMessage japanese = MemberMailer.compose(
                session,
                new MemberMailRequested(
                        MemberMailRequested.Kind.VERIFY_ADDRESS, "taro@example.jp", "山田 太郎", Locale.JAPANESE, link));
        assertEquals("【Kakehashi】メールアドレスのご確認", japanese.getSubject());
        String text = (String) japanese.getContent();
        assertTrue(text.startsWith("山田 太郎 様"), text);
        assertTrue(text.contains(link), text);
        assertEquals(new InternetAddress("taro@example.jp"), japanese.getAllRecipients()[0]);
        assertEquals(new InternetAddress("no-reply@kakehashi.example"), japanese.getFrom()[0]);

        MimeMessage english = MemberMailer.compose(
                session,
                new MemberMailRequested(
                        MemberMailRequested.Kind.VERIFY_ADDRESS, "taro@example.jp", "Taro", Locale.ENGLISH, link));
        assertEquals("[Kakehashi] Please confirm your email address", english.getSubject());
        assertTrue(((String) english.getContent()).startsWith("Dear Taro,"));
    }

    @Test
    void theNoticeToAMembersAddressNamesNobodyAndLinksTheLoginPage() throws Exception {
        String link = "https://shop.example/shop/login.xhtml";
        MimeMessage notice = MemberMailer.compose(
                session,
                new MemberMailRequested(
                        MemberMailRequested.Kind.ALREADY_REGISTERED, "taro@example.jp", "山田 太郎", Locale.ENGLISH, link));
        String text = (String) notice.getContent();
        assertTrue(text.contains(link), text);
        assertTrue(!text.contains("山田"), "the notice does not repeat what the one who typed the address gave: " + text);
    }

    @Test
    void aLanguageWithoutMailsFallsBackToJapanese() throws Exception {
        MimeMessage message = MemberMailer.compose(
                session,
                new MemberMailRequested(
                        MemberMailRequested.Kind.VERIFY_ADDRESS,
                        "a@example.jp",
                        "A",
                        Locale.FRENCH,
                        "https://x.example/"));
        assertEquals("【Kakehashi】メールアドレスのご確認", message.getSubject());
    }
}
