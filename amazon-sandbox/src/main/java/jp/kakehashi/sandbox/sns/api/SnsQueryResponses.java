package jp.kakehashi.sandbox.sns.api;

import jakarta.ws.rs.core.Response;
import java.util.UUID;
import jp.kakehashi.sandbox.sns.domain.SnsException;

/** SNS's Query API answers: XML in the 2010-03-31 namespace, each with a RequestId. */
final class SnsQueryResponses {

    static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
    static final String XML = "text/xml";

    private SnsQueryResponses() {}

    static Response confirmSubscription(String subscriptionArn) {
        return ok("<ConfirmSubscriptionResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <ConfirmSubscriptionResult>\n"
                + "    <SubscriptionArn>" + escape(subscriptionArn) + "</SubscriptionArn>\n"
                + "  </ConfirmSubscriptionResult>\n"
                + metadata()
                + "</ConfirmSubscriptionResponse>\n");
    }

    static Response unsubscribe() {
        return ok("<UnsubscribeResponse xmlns=\"" + NAMESPACE + "\">\n" + metadata() + "</UnsubscribeResponse>\n");
    }

    static Response error(SnsException e) {
        String body = "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <Error>\n"
                + "    <Type>" + e.error().faultType() + "</Type>\n"
                + "    <Code>" + e.error().code() + "</Code>\n"
                + "    <Message>" + escape(e.getMessage()) + "</Message>\n"
                + "  </Error>\n"
                + "  <RequestId>" + UUID.randomUUID() + "</RequestId>\n"
                + "</ErrorResponse>\n";
        return Response.status(e.error().status()).type(XML).entity(body).build();
    }

    private static Response ok(String body) {
        return Response.ok(body, XML).build();
    }

    private static String metadata() {
        return "  <ResponseMetadata>\n    <RequestId>" + UUID.randomUUID() + "</RequestId>\n  </ResponseMetadata>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
