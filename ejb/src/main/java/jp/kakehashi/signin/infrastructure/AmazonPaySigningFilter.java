package jp.kakehashi.signin.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kakehashi.signin.application.AmazonPayConfiguration;

/** Adds Amazon Pay's signed headers to each request: date, host, region, and the RSASSA-PSS authorization. */
public class AmazonPaySigningFilter implements ClientRequestFilter {

    private static final DateTimeFormatter AMZ_PAY_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Override
    public void filter(ClientRequestContext request) {
        // Created by the REST client runtime, not by CDI: the beans are looked up here.
        AmazonPaySigner signer =
                CDI.current().select(AmazonPayCredentials.class).get().signer();
        AmazonPayConfiguration configuration =
                CDI.current().select(AmazonPayConfiguration.class).get();
        URI uri = request.getUri();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", MediaType.APPLICATION_JSON);
        headers.put("content-type", MediaType.APPLICATION_JSON);
        headers.put("x-amz-pay-date", ZonedDateTime.now(ZoneOffset.UTC).format(AMZ_PAY_DATE));
        headers.put("x-amz-pay-host", uri.getHost());
        headers.put("x-amz-pay-region", configuration.region());
        headers.forEach((name, value) -> request.getHeaders().putSingle(name, value));
        String payload = request.hasEntity() ? String.valueOf(request.getEntity()) : "";
        request.getHeaders()
                .putSingle(
                        "authorization",
                        signer.authorization(
                                request.getMethod(), uri.getRawPath(), uri.getRawQuery(), headers, payload));
    }
}
