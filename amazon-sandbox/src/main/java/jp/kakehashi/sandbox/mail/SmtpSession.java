package jp.kakehashi.sandbox.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One SMTP conversation (RFC 5321's minimum: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), no authentication and
 * no relaying: every mail is delivered to the sandbox's mailbox. Lines and messages are bounded.
 */
final class SmtpSession {

    static final int MAX_LINE = 1000;
    static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    static final int MAX_RECIPIENTS = 100;

    /** Only for parsing what arrives: no properties, no transport. */
    private static final Session PARSING = Session.getInstance(new Properties());

    private final SandboxMailbox mailbox;
    private String from;
    private final List<String> recipients = new ArrayList<>();

    SmtpSession(SandboxMailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** Talks until QUIT or the end of input; delivered mails are returned for the log. */
    List<ReceivedMail> converse(InputStream in, OutputStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.ISO_8859_1);
        List<ReceivedMail> delivered = new ArrayList<>();
        reply(writer, "220 amazon-sandbox ESMTP (test mail only)");
        String line;
        while ((line = readLine(reader)) != null) {
            String command =
                    line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO" ->
                    reply(
                            writer,
                            "250-amazon-sandbox",
                            "250-8BITMIME",
                            "250-SIZE " + MAX_MESSAGE_BYTES,
                            "250 SMTPUTF8");
                case "HELO" -> reply(writer, "250 amazon-sandbox");
                case "MAIL" -> {
                    from = address(line);
                    recipients.clear();
                    reply(writer, "250 OK");
                }
                case "RCPT" -> {
                    if (from == null) {
                        reply(writer, "503 MAIL first");
                    } else if (recipients.size() >= MAX_RECIPIENTS) {
                        reply(writer, "452 Too many recipients");
                    } else {
                        recipients.add(address(line));
                        reply(writer, "250 OK");
                    }
                }
                case "DATA" -> {
                    if (recipients.isEmpty()) {
                        reply(writer, "503 RCPT first");
                        break;
                    }
                    reply(writer, "354 End data with <CR><LF>.<CR><LF>");
                    byte[] data = readData(reader);
                    if (data == null) {
                        reply(writer, "552 Message too large");
                    } else {
                        delivered.add(deliver(data));
                        reply(writer, "250 OK delivered to the sandbox mailbox");
                    }
                    from = null;
                    recipients.clear();
                }
                case "RSET" -> {
                    from = null;
                    recipients.clear();
                    reply(writer, "250 OK");
                }
                case "NOOP" -> reply(writer, "250 OK");
                case "QUIT" -> {
                    reply(writer, "221 Bye");
                    return delivered;
                }
                default -> reply(writer, "502 Command not implemented");
            }
        }
        return delivered;
    }

    private ReceivedMail deliver(byte[] data) {
        String subject = null;
        String text;
        try {
            MimeMessage message = new MimeMessage(PARSING, new ByteArrayInputStream(data));
            subject = message.getSubject();
            text = textOf(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Not MIME we can read: the mailbox shows it as it came
            text = new String(data, StandardCharsets.UTF_8);
        }
        return mailbox.add(from, recipients, subject, text);
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The message up to the lone dot, dot-unstuffed; null when it outgrew the limit (the rest is still read). */
    private static byte[] readData(BufferedReader reader) throws IOException {
        StringBuilder data = new StringBuilder();
        boolean tooLarge = false;
        String line;
        while ((line = readLine(reader)) != null && !line.equals(".")) {
            if (line.startsWith(".")) {
                line = line.substring(1);
            }
            if (!tooLarge && data.length() + line.length() + 2 > MAX_MESSAGE_BYTES) {
                tooLarge = true;
                data.setLength(0);
            }
            if (!tooLarge) {
                data.append(line).append("\r\n");
            }
        }
        return tooLarge ? null : data.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A line without its CRLF; a longer line than SMTP allows is cut (the rest is read and dropped). */
    private static String readLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** The address between angle brackets of "MAIL FROM:<a@b>" or "RCPT TO:<a@b>". */
    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return line.substring(open + 1, close);
        }
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(colon + 1).strip();
    }

    private static void reply(PrintWriter writer, String... lines) {
        for (String line : lines) {
            writer.print(line + "\r\n");
        }
        writer.flush();
    }
}
