package jp.kakehashi.sandbox.mail;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail the sandbox's SMTP server accepted, as a mailbox would show it. */
public record ReceivedMail(long number, Instant receivedAt, String from, List<String> to, String subject, String text) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** The links in the text, in order: what a reader would click. */
    public List<String> links() {
        Matcher matcher = LINK.matcher(text == null ? "" : text);
        return matcher.results().map(result -> result.group()).toList();
    }

    public boolean isFor(String address) {
        return to.stream().anyMatch(recipient -> recipient.equalsIgnoreCase(address.strip()));
    }
}
