package jp.kakehashi.sandbox.sns.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kakehashi.sandbox.sns.domain.SnsMessage;
import jp.kakehashi.sandbox.sns.domain.SnsMessageType;
import jp.kakehashi.sandbox.sns.domain.Subscription;

/** A signed message for one subscription, with the headers SNS sends it with. */
public record OutboundMessage(SnsMessage message, Subscription subscription) {

    public static final String USER_AGENT = "Amazon Simple Notification Service Agent";

    /**
     * As AWS's documented requests show, a SubscriptionConfirmation carries no {@code x-amz-sns-subscription-arn}
     * (the subscription is not confirmed yet); the other two types do.
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-sns-message-type", message.type().wireName());
        headers.put("x-amz-sns-message-id", message.messageId());
        headers.put("x-amz-sns-topic-arn", message.topicArn());
        if (message.type() != SnsMessageType.SUBSCRIPTION_CONFIRMATION) {
            headers.put("x-amz-sns-subscription-arn", subscription.arn());
        }
        headers.put("Content-Type", "text/plain; charset=UTF-8");
        headers.put("User-Agent", USER_AGENT);
        return headers;
    }

    public String body() {
        return message.toJson();
    }
}
