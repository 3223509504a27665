package jp.kakehashi.member.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.Date;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kakehashi.member.application.MemberMailRequested;

/**
 * Sends the member feature's mails through Liberty's mail session ({@code mail/kakehashi}: kakehashi.mail.* in
 * server.xml), after the transaction that asked for them committed. A mail that cannot be sent is logged, without
 * its address or link; the member asks again by signing in with their password.
 */
@ApplicationScoped
public class MemberMailer {

    private static final Logger LOG = Logger.getLogger(MemberMailer.class.getName());
    private static final String BUNDLE = "jp.kakehashi.member.infrastructure.MemberMail";

    @Resource(lookup = "mail/kakehashi")
    private Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberMailRequested request) {
        try {
            Transport.send(compose(session, request));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send a " + request.kind() + " mail: " + e);
        }
    }

    /** The mail in the member's language: subject and text from the MemberMail bundle. */
    static MimeMessage compose(Session session, MemberMailRequested request) throws MessagingException {
        String key = switch (request.kind()) {
            case VERIFY_ADDRESS -> "verify";
            case ALREADY_REGISTERED -> "already-registered";
            case PROFILE_CHANGED -> "profile-changed";
            case ACCOUNT_DELETED -> "account-deleted";
            case ACCOUNT_DISABLED -> "account-disabled";
            case ACCOUNT_ENABLED -> "account-enabled";
        };
        return compose(
                session, BUNDLE, key, request.recipient(), request.locale(), request.memberName(), request.link());
    }

    /** A mail whose subject and text are {@code key}.subject and {@code key}.text of the bundle, in the locale's language. */
    static MimeMessage compose(
            Session session, String bundle, String key, String recipient, java.util.Locale locale, Object... arguments)
            throws MessagingException {
        ResourceBundle texts = ResourceBundle.getBundle(
                bundle, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MimeMessage message = new MimeMessage(session);
        if (message.getFrom() == null) {
            message.setFrom();
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(texts.getString(key + ".subject"), "UTF-8");
        message.setText(MessageFormat.format(texts.getString(key + ".text"), arguments), "UTF-8");
        message.setSentDate(new Date());
        return message;
    }
}
