package jp.kakehashi.sns.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import jp.kakehashi.sns.application.QueueUnavailableException;
import jp.kakehashi.sns.application.SnsConfiguration;
import jp.kakehashi.sns.application.SnsMessageVerification;
import jp.kakehashi.sns.application.SnsNotificationQueue;
import jp.kakehashi.sns.application.SnsSubscriptionService;
import jp.kakehashi.sns.application.SubscriptionConfirmation;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.verification.MalformedSnsMessageException;
import jp.kakehashi.sns.verification.SnsMessageParser;
import jp.kakehashi.sns.verification.SnsVerificationException;

/**
 * Amazon SNS's HTTP(S) endpoint. Every message is verified before anything else; a notification is answered 200 only
 * once its persistent send to the inbound queue has committed, and 503 when the queue cannot take it, so that SNS
 * retries. Refusals never log the body.
 */
@WebServlet(name = "SnsEndpoint", urlPatterns = SnsEndpointServlet.PATH)
public class SnsEndpointServlet extends HttpServlet {

    public static final String PATH = "/sns/notifications";
    /** SNS's own limit for a message is 256 KiB; its envelope adds little. */
    static final int MAX_BODY_BYTES = 256 * 1024 + 16 * 1024;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SnsEndpointServlet.class.getName());
    private static final String MESSAGE_TYPE_HEADER = "x-amz-sns-message-type";

    @Inject
    private SnsMessageVerification verification;

    @Inject
    private SnsNotificationQueue queue;

    @Inject
    private SnsSubscriptionService subscriptions;

    @Inject
    private SubscriptionConfirmation subscriptionConfirmation;

    @Inject
    private SnsConfiguration configuration;

    @Inject
    private SnsIngestMetrics metrics;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "too-large",
                    "body larger than SNS allows");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "too-large",
                    "body larger than SNS allows");
            return;
        }

        SnsMessage message;
        try {
            message = SnsMessageParser.parse(new String(body, StandardCharsets.UTF_8));
        } catch (MalformedSnsMessageException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "malformed", "not an SNS message: " + e.getMessage());
            return;
        }
        String declaredType = request.getHeader(MESSAGE_TYPE_HEADER);
        if (declaredType != null && !declaredType.equals(message.type().wireName())) {
            refuse(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "malformed",
                    MESSAGE_TYPE_HEADER + " does not match Type "
                            + message.type().wireName());
            return;
        }

        try {
            verification.verify(message);
        } catch (SnsVerificationException e) {
            if (e.reason() == SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE) {
                metrics.rejected(message, e.reason(), HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
                // Not the message's fault: a 4xx would make SNS drop it, a 503 makes SNS deliver it again later.
                LOG.severe(() -> "SNS message " + loggable(message.messageId()) + " not verified for now: "
                        + loggable(e.getMessage())
                        + (e.getCause() == null ? "" : " (" + loggable(String.valueOf(e.getCause())) + ")"));
                send(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Signing certificate unavailable; retry later");
                return;
            }
            metrics.rejected(message, e.reason(), HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            LOG.warning(() -> "Refused SNS message " + loggable(message.messageId()) + " ("
                    + message.type().wireName() + ", topic " + loggable(message.topicArn()) + "): "
                    + loggable(e.getMessage()));
            send(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "SNS message refused: " + e.reason().description());
            return;
        }

        switch (message.type()) {
            case NOTIFICATION -> accept(message, response);
            case SUBSCRIPTION_CONFIRMATION -> subscriptionRequested(message, response);
            case UNSUBSCRIBE_CONFIRMATION -> unsubscribed(message, response);
        }
    }

    private void accept(SnsMessage message, HttpServletResponse response) throws IOException {
        try {
            queue.enqueue(message.toNotification());
        } catch (QueueUnavailableException e) {
            metrics.queueUnavailable(message);
            LOG.severe(() -> "SNS notification " + loggable(message.messageId()) + " not queued, SNS will retry: "
                    + e.getCause());
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Inbound queue unavailable; retry later");
            return;
        }
        metrics.accepted(message);
        send(response, HttpServletResponse.SC_OK, "Queued " + message.messageId());
    }

    private void subscriptionRequested(SnsMessage message, HttpServletResponse response) throws IOException {
        subscriptions.confirmationRequested(message);
        metrics.accepted(message);
        LOG.info(() -> "SNS asks to confirm the subscription to " + loggable(message.topicArn()));
        if (configuration.autoConfirm()) {
            subscriptionConfirmation.confirm(message.topicArn());
        }
        send(response, HttpServletResponse.SC_OK, "Subscription request recorded for " + message.topicArn());
    }

    private void unsubscribed(SnsMessage message, HttpServletResponse response) throws IOException {
        subscriptions.unsubscribed(message);
        metrics.accepted(message);
        LOG.info(() -> "SNS confirms the end of the subscription to " + loggable(message.topicArn()));
        send(response, HttpServletResponse.SC_OK, "Unsubscription recorded for " + message.topicArn());
    }

    private void refuse(HttpServletResponse response, int status, String outcome, String reason) throws IOException {
        metrics.invalid(outcome, status, reason);
        LOG.warning(() -> "Refused SNS delivery: " + loggable(reason));
        send(response, status, reason);
    }

    private static void send(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }

    /** Text from the request in a log line: short, and without line breaks that could forge log entries. */
    static String loggable(String text) {
        if (text == null) {
            return "null";
        }
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    private static byte[] readAtMost(InputStream input, int limit) throws IOException {
        return input.readNBytes(limit);
    }
}
