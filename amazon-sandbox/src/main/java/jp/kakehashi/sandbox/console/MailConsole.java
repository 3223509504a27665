package jp.kakehashi.sandbox.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kakehashi.sandbox.mail.ReceivedMail;
import jp.kakehashi.sandbox.mail.SandboxMailbox;
import jp.kakehashi.sandbox.mail.SandboxSmtpServer;

/** The console's mailbox: what Kakehashi sent, with its links to open. */
@Named
@RequestScoped
public class MailConsole {

    @Inject
    private SandboxMailbox mailbox;

    @Inject
    private SandboxSmtpServer smtp;

    public List<ReceivedMail> getMails() {
        return mailbox.find(null);
    }

    public boolean isListening() {
        return smtp.isListening();
    }

    public int getPort() {
        return smtp.port();
    }

    public String clear() {
        mailbox.clear();
        return "/console/mail?faces-redirect=true";
    }
}
