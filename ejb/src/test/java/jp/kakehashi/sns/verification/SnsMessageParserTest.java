package jp.kakehashi.sns.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsMessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnsMessageParserTest {

    private static final String NOTIFICATION = """
            {"Type":"Notification","MessageId":"m-1","TopicArn":"arn:aws:sns:us-east-1:123456789012:t",
             "Subject":null,"Message":"{\\"a\\":1}","Timestamp":"2026-03-06T20:00:26.893Z","SignatureVersion":"2",
             "Signature":"c2ln","SigningCertURL":"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem",
             "UnsubscribeURL":"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=x",
             "MessageAttributes":{"k":{"Type":"String","Value":"v"}}}""";

    @Test
    void readsANotificationAndIgnoresFieldsItDoesNotNeed() {
        SnsMessage message = SnsMessageParser.parse(NOTIFICATION);

        assertEquals(SnsMessageType.NOTIFICATION, message.type());
        assertEquals("m-1", message.messageId());
        assertNull(message.subject());
        assertEquals("{\"a\":1}", message.message());
        assertEquals(Instant.parse("2026-03-06T20:00:26.893Z"), message.timestamp());
        assertEquals("2026-03-06T20:00:26.893Z", message.timestampText());
    }

    @Test
    void acceptsLambdasSpellingOfTheUrlKeys() {
        SnsMessage message = SnsMessageParser.parse(NOTIFICATION.replace("SigningCertURL", "SigningCertUrl"));

        assertEquals("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem", message.signingCertUrl());
    }

    @Test
    void aConfirmationNeedsItsTokenAndSubscribeUrl() {
        String confirmation = NOTIFICATION.replace("\"Notification\"", "\"SubscriptionConfirmation\"");

        MalformedSnsMessageException missing =
                assertThrows(MalformedSnsMessageException.class, () -> SnsMessageParser.parse(confirmation));
        assertEquals("SubscribeURL is missing", missing.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "not json",
                "[1,2]",
                "\"text\"",
                "{\"Type\":\"Notification\"}",
                "{\"Type\":\"Surprise\",\"MessageId\":\"m\"}",
                "{\"Type\":7}",
                "{\"Type\":\"Notification\",\"MessageId\":\"m\"",
            })
    void anythingElseIsMalformed(String body) {
        assertThrows(MalformedSnsMessageException.class, () -> SnsMessageParser.parse(body));
    }

    @Test
    void aTimestampThatIsNotAnInstantIsMalformed() {
        assertThrows(
                MalformedSnsMessageException.class,
                () -> SnsMessageParser.parse(NOTIFICATION.replace("2026-03-06T20:00:26.893Z", "yesterday")));
    }
}
