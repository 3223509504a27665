package jp.kakehashi.sandbox.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The sandbox mailbox for tests and tools: {@code /api/sandbox/mail} (README, "Mail"). */
@Path("sandbox/mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @Inject
    SandboxMailbox mailbox;

    @Inject
    SandboxSmtpServer smtp;

    public record MailView(
            long number,
            String receivedAt,
            String from,
            List<String> to,
            String subject,
            String text,
            List<String> links) {
        static MailView of(ReceivedMail mail) {
            return new MailView(
                    mail.number(),
                    mail.receivedAt().toString(),
                    mail.from(),
                    mail.to(),
                    mail.subject(),
                    mail.text(),
                    mail.links());
        }
    }

    public record Overview(boolean listening, int port, List<MailView> mails) {}

    /** The latest mails, newest first; {@code to}: only those for that address. */
    @GET
    public Overview mails(@QueryParam("to") String to) {
        return new Overview(
                smtp.isListening(),
                smtp.port(),
                mailbox.find(to).stream().map(MailView::of).toList());
    }

    @DELETE
    public void clear() {
        mailbox.clear();
    }
}
