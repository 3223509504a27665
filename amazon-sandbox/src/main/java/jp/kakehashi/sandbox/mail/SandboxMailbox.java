package jp.kakehashi.sandbox.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The latest mails the sandbox received, newest first, in memory: a demo's and a test's inbox, never a mail store. */
@ApplicationScoped
public class SandboxMailbox {

    static final int CAPACITY = 500;

    private final Deque<ReceivedMail> mails = new ArrayDeque<>();
    private long received;

    public synchronized ReceivedMail add(String from, List<String> to, String subject, String text) {
        ReceivedMail mail = new ReceivedMail(++received, Instant.now(), from, List.copyOf(to), subject, text);
        mails.addFirst(mail);
        while (mails.size() > CAPACITY) {
            mails.removeLast();
        }
        return mail;
    }

    /** Newest first; to null or blank: every mail. */
    public synchronized List<ReceivedMail> find(String to) {
        List<ReceivedMail> found = new ArrayList<>();
        for (ReceivedMail mail : mails) {
            if (to == null || to.isBlank() || mail.isFor(to)) {
                found.add(mail);
            }
        }
        return found;
    }

    public synchronized void clear() {
        mails.clear();
    }
}
