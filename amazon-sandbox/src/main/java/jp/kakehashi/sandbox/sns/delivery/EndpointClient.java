package jp.kakehashi.sandbox.sns.delivery;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Posts one message to an endpoint and tells the status it answered. */
public interface EndpointClient {

    /** @throws IOException when the endpoint cannot be reached or does not answer within the timeout */
    int post(URI endpoint, Map<String, String> headers, String body, Duration timeout)
            throws IOException, InterruptedException;
}
