package jp.kakehashi.sandbox.sns.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnsStringToSignTest {

    @Test
    void aNotificationSignsMessageMessageIdSubjectTimestampTopicArnType() {
        Map<String, String> fields = Map.of(
                "Type",
                "Notification",
                "MessageId",
                "m-1",
                "TopicArn",
                "arn:t",
                "Subject",
                "S",
                "Message",
                "hello\nworld",
                "Timestamp",
                "2026-01-01T00:00:00.000Z",
                "SignatureVersion",
                "1",
                "SigningCertURL",
                "https://x/cert.pem",
                "UnsubscribeURL",
                "https://x/?Action=Unsubscribe");

        assertEquals(
                "Message\nhello\nworld\nMessageId\nm-1\nSubject\nS\nTimestamp\n2026-01-01T00:00:00.000Z\nTopicArn\narn:t\nType\nNotification\n",
                SnsStringToSign.of(fields));
    }

    @Test
    void aNotificationWithoutSubjectLeavesItOut() {
        Map<String, String> fields = Map.of(
                "Type",
                "Notification",
                "MessageId",
                "m-1",
                "TopicArn",
                "arn:t",
                "Message",
                "hi",
                "Timestamp",
                "2026-01-01T00:00:00.000Z");

        assertEquals(
                "Message\nhi\nMessageId\nm-1\nTimestamp\n2026-01-01T00:00:00.000Z\nTopicArn\narn:t\nType\nNotification\n",
                SnsStringToSign.of(fields));
    }

    @Test
    void confirmationsSignSubscribeUrlAndToken() {
        for (String type : new String[] {"SubscriptionConfirmation", "UnsubscribeConfirmation"}) {
            Map<String, String> fields = Map.of(
                    "Type",
                    type,
                    "MessageId",
                    "m",
                    "Token",
                    "tok",
                    "TopicArn",
                    "arn:t",
                    "Message",
                    "text",
                    "SubscribeURL",
                    "https://s/?Action=ConfirmSubscription",
                    "Timestamp",
                    "2026-01-01T00:00:00.123Z",
                    "Subject",
                    "ignored");

            assertEquals(
                    "Message\ntext\nMessageId\nm\nSubscribeURL\nhttps://s/?Action=ConfirmSubscription\nTimestamp\n2026-01-01T00:00:00.123Z\nToken\ntok\nTopicArn\narn:t\nType\n"
                            + type + "\n",
                    SnsStringToSign.of(fields));
        }
    }

    @Test
    void aMissingSignedFieldOrUnknownTypeIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SnsStringToSign.of(Map.of("Type", "Notification", "MessageId", "m")));
        assertThrows(IllegalArgumentException.class, () -> SnsStringToSign.of(Map.of("Type", "Other")));
        assertThrows(IllegalArgumentException.class, () -> SnsStringToSign.of(Map.of()));
    }

    @Test
    void theMessageRecordBuildsTheSameStringFromItsFields() {
        SnsMessage message = SnsMessage.notification(
                "m-1",
                "arn:t",
                null,
                "hi",
                Instant.parse("2026-01-01T00:00:00Z"),
                "https://u",
                SignatureVersion.V2,
                "https://c");

        assertEquals(
                "Message\nhi\nMessageId\nm-1\nTimestamp\n2026-01-01T00:00:00.000Z\nTopicArn\narn:t\nType\nNotification\n",
                message.stringToSign());
    }
}
