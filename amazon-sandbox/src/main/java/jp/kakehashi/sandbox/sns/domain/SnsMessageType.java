package jp.kakehashi.sandbox.sns.domain;

import java.util.List;

/** The three kinds of message SNS posts to an HTTP(S) endpoint, and the fields each one signs, in order. */
public enum SnsMessageType {
    SUBSCRIPTION_CONFIRMATION(
            "SubscriptionConfirmation",
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")),
    NOTIFICATION("Notification", List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")),
    UNSUBSCRIBE_CONFIRMATION(
            "UnsubscribeConfirmation",
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"));

    private final String wireName;
    private final List<String> signedKeys;

    SnsMessageType(String wireName, List<String> signedKeys) {
        this.wireName = wireName;
        this.signedKeys = signedKeys;
    }

    /** The value of the body's {@code Type} field and of the {@code x-amz-sns-message-type} header. */
    public String wireName() {
        return wireName;
    }

    /** The keys of the string to sign, in AWS's order; {@code Subject} only counts when present. */
    public List<String> signedKeys() {
        return signedKeys;
    }

    public static SnsMessageType fromWireName(String wireName) {
        for (SnsMessageType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown SNS message type " + wireName);
    }
}
