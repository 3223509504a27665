package jp.kakehashi.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SmtpSessionTest {

    private final SandboxMailbox mailbox = new SandboxMailbox();

    @Test
    void aMailSentWithJakartaMailArrivesInTheMailboxWithItsJapaneseTextAndLinks() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<ReceivedMail>> conversation = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = server.accept()) {
                    return new SmtpSession(mailbox).converse(socket.getInputStream(), socket.getOutputStream());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(server.getLocalPort()));
            properties.put("mail.smtp.timeout", "5000");
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("no-reply@kakehashi.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("Shopper@Example.jp"));
            message.setSubject("【Kakehashi】メールアドレスのご確認", "UTF-8");
            message.setText(
                    "山田 様\n\n.a line that starts with a dot\nhttps://shop.example/shop/verify-email.xhtml?token=abc_DEF-1\n",
                    "UTF-8");
            Transport.send(message);

            List<ReceivedMail> delivered = conversation.get(10, TimeUnit.SECONDS);
            assertEquals(1, delivered.size());
            ReceivedMail mail = mailbox.find("shopper@example.jp").get(0);
            assertEquals("【Kakehashi】メールアドレスのご確認", mail.subject());
            assertTrue(mail.text().contains("山田 様"), mail.text());
            assertTrue(mail.text().contains("\n.a line that starts with a dot"), "dot-stuffing undone: " + mail.text());
            assertEquals(List.of("https://shop.example/shop/verify-email.xhtml?token=abc_DEF-1"), mail.links());
            assertEquals("no-reply@kakehashi.example", mail.from());
        }
    }

    @Test
    void commandsOutOfOrderAreRefusedAndNothingIsDelivered() throws Exception {
        String replies = converse("EHLO test", "DATA", "RCPT TO:<a@example.jp>", "NOOP", "HELP", "QUIT");
        assertTrue(replies.contains("503 RCPT first"), replies);
        assertTrue(replies.contains("503 MAIL first"), replies);
        assertTrue(replies.contains("502"), replies);
        assertTrue(replies.endsWith("221 Bye\r\n"), replies);
        assertTrue(mailbox.find(null).isEmpty());
    }

    @Test
    void aMessageLargerThanTheLimitIsRefusedAndTheSessionGoesOn() throws Exception {
        String line = "x".repeat(900);
        String[] script = new String[SmtpSession.MAX_MESSAGE_BYTES / 900 + 12];
        int i = 0;
        script[i++] = "HELO test";
        script[i++] = "MAIL FROM:<a@example.jp>";
        script[i++] = "RCPT TO:<b@example.jp>";
        script[i++] = "DATA";
        while (i < script.length - 7) {
            script[i++] = line;
        }
        script[i++] = ".";
        script[i++] = "MAIL FROM:<a@example.jp>";
        script[i++] = "RCPT TO:<b@example.jp>";
        script[i++] = "DATA";
        script[i++] = "Subject: small";
        script[i++] = ".";
        script[i] = "QUIT";
        String replies = converse(script);
        assertTrue(replies.contains("552 Message too large"), replies.substring(0, 200));
        assertEquals(1, mailbox.find("b@example.jp").size());
        assertEquals("small", mailbox.find("b@example.jp").get(0).subject());
    }

    @Test
    void theMailboxKeepsOnlyTheLatestMails() {
        for (int i = 0; i < SandboxMailbox.CAPACITY + 10; i++) {
            mailbox.add("a@example.jp", List.of("b@example.jp"), "mail " + i, "text");
        }
        List<ReceivedMail> mails = mailbox.find(null);
        assertEquals(SandboxMailbox.CAPACITY, mails.size());
        assertEquals("mail " + (SandboxMailbox.CAPACITY + 9), mails.get(0).subject());
    }

    private String converse(String... lines) throws Exception {
        String input = String.join("\r\n", lines) + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SmtpSession(mailbox).converse(new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)), out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
