package jp.kakehashi.sandbox.sns.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnsAddressesTest {

    private final SnsAddresses addresses =
            new SnsAddresses("http://localhost:9380/amazon-sandbox/api/sns/", "ap-northeast-1", "111122223333");

    @Test
    void urlsTakeAwssFormsUnderTheSandboxBaseUrl() {
        String topic = addresses.topicArn("kakehashi-drs");

        assertEquals("arn:aws:sns:ap-northeast-1:111122223333:kakehashi-drs", topic);
        assertEquals(
                "http://localhost:9380/amazon-sandbox/api/sns/?Action=ConfirmSubscription&TopicArn=" + topic
                        + "&Token=abc",
                addresses.subscribeUrl(topic, "abc"));
        assertEquals(
                "http://localhost:9380/amazon-sandbox/api/sns/?Action=Unsubscribe&SubscriptionArn=" + topic + ":s-1",
                addresses.unsubscribeUrl(topic + ":s-1"));
        assertEquals(
                "http://localhost:9380/amazon-sandbox/api/sns/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem",
                addresses.signingCertUrl("0123456789abcdef0123456789abcdef"));
        assertTrue(addresses.newSubscriptionArn(topic).matches(topic.replace("-", "\\-") + ":[0-9a-f-]{36}"));
    }

    @Test
    void badNamesRegionsAndAccountsAreRefused() {
        assertThrows(SnsException.class, () -> addresses.topicArn("has space"));
        assertThrows(SnsException.class, () -> addresses.topicArn(""));
        assertThrows(IllegalArgumentException.class, () -> new SnsAddresses("http://x", "nowhere", "111122223333"));
        assertThrows(IllegalArgumentException.class, () -> new SnsAddresses("http://x", "us-east-1", "123"));
    }
}
