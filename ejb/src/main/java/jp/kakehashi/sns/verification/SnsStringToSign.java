package jp.kakehashi.sns.verification;

import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsMessageType;

/**
 * The text an SNS signature covers: {@code Key\nValue\n} for each signed field, in AWS's fixed order. The signature
 * covers field values, not the JSON bytes, so key order and white space in the body do not matter.
 */
public final class SnsStringToSign {

    private SnsStringToSign() {}

    public static String of(SnsMessage message) {
        StringBuilder text = new StringBuilder(message.message().length() + 512);
        append(text, "Message", message.message());
        append(text, "MessageId", message.messageId());
        if (message.type() == SnsMessageType.NOTIFICATION) {
            if (message.subject() != null) {
                append(text, "Subject", message.subject());
            }
            append(text, "Timestamp", message.timestampText());
        } else {
            append(text, "SubscribeURL", message.subscribeUrl());
            append(text, "Timestamp", message.timestampText());
            append(text, "Token", message.token());
        }
        append(text, "TopicArn", message.topicArn());
        append(text, "Type", message.type().wireName());
        return text.toString();
    }

    private static void append(StringBuilder text, String key, String value) {
        text.append(key).append('\n').append(value).append('\n');
    }
}
