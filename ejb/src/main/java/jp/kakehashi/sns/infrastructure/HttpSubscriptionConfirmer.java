package jp.kakehashi.sns.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakehashi.sns.application.SnsConfiguration;
import jp.kakehashi.sns.application.SubscriptionConfirmationException;
import jp.kakehashi.sns.application.SubscriptionConfirmer;

/** Confirms with a GET of the SubscribeURL, as SNS asks; reads the SubscriptionArn from SNS's XML answer. */
@ApplicationScoped
public class HttpSubscriptionConfirmer implements SubscriptionConfirmer {

    private static final Pattern SUBSCRIPTION_ARN = Pattern.compile("<SubscriptionArn>([^<]+)</SubscriptionArn>");

    @Inject
    private SnsConfiguration configuration;

    private HttpClient client;

    @PostConstruct
    void createClient() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(configuration.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String confirm(String subscribeUrl) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(subscribeUrl))
                            .timeout(configuration.httpTimeout())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SubscriptionConfirmationException("SNS answered HTTP " + response.statusCode());
            }
            Matcher arn = SUBSCRIPTION_ARN.matcher(response.body());
            if (!arn.find()) {
                throw new SubscriptionConfirmationException("SNS answered without a SubscriptionArn");
            }
            return arn.group(1).strip();
        } catch (IOException | IllegalArgumentException e) {
            throw new SubscriptionConfirmationException("Could not reach SNS: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubscriptionConfirmationException("Interrupted while confirming", e);
        }
    }
}
