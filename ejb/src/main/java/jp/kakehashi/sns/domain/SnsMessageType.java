package jp.kakehashi.sns.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of message SNS delivers to an HTTP(S) endpoint, by their {@code Type} field. */
public enum SnsMessageType {
    NOTIFICATION("Notification"),
    SUBSCRIPTION_CONFIRMATION("SubscriptionConfirmation"),
    UNSUBSCRIBE_CONFIRMATION("UnsubscribeConfirmation");

    private final String wireName;

    SnsMessageType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SnsMessageType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
