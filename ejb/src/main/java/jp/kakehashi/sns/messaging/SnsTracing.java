package jp.kakehashi.sns.messaging;

import io.opentelemetry.api.common.AttributeKey;

/** The attributes of the inbound queue's spans: OpenTelemetry's messaging conventions, and the SNS MessageId. */
final class SnsTracing {

    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> SNS_MESSAGE_ID = AttributeKey.stringKey("kakehashi.sns.message_id");

    private SnsTracing() {}
}
