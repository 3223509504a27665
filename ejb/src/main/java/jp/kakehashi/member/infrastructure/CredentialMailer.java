package jp.kakehashi.member.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.member.application.CredentialMailRequested;

/**
 * Sends the credential self-service's mails (CredentialMail bundle) once the transaction that asked for them
 * committed, on the server's managed executor: a reset asked for a member's address answers as fast as one for any
 * other address, which sends nothing. A mail that cannot be sent is logged without its address or link; the member
 * asks again.
 */
@ApplicationScoped
public class CredentialMailer {

    private static final Logger LOG = Logger.getLogger(CredentialMailer.class.getName());
    private static final String BUNDLE = "jp.kakehashi.member.infrastructure.CredentialMail";

    @Resource(lookup = "mail/kakehashi")
    private Session session;

    @Resource
    private ManagedExecutorService executor;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialMailRequested request) {
        try {
            executor.execute(() -> sendNow(request));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Could not queue a " + request.kind() + " mail: " + e);
        }
    }

    private void sendNow(CredentialMailRequested request) {
        try {
            Transport.send(compose(session, request));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not send a " + request.kind() + " mail: "
                            + e.getClass().getName());
        }
    }

    static MimeMessage compose(Session session, CredentialMailRequested request) throws MessagingException {
        String key = request.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return MemberMailer.compose(
                session, BUNDLE, key, request.recipient(), request.locale(), request.memberName(), request.link());
    }
}
