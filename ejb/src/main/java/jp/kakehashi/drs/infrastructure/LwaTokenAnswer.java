package jp.kakehashi.drs.infrastructure;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.Optional;
import jp.kakehashi.drs.domain.TokenGrant;

/**
 * What Kakehashi reads of Login with Amazon's answer to a token request (JSON-B; other fields are ignored).
 * {@code expires_in} is a JsonValue because Amazon's own pages show it both as a number and as a string.
 */
public record LwaTokenAnswer(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("refresh_token") String refreshToken,
        @JsonbProperty("expires_in") JsonValue expiresIn) {

    private static final long DEFAULT_LIFETIME_SECONDS = 3600;
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The tokens of a 200 answer; empty when the body is not JSON or lacks a token or a readable lifetime. */
    public static Optional<TokenGrant> read(String body, Instant now) {
        LwaTokenAnswer answer;
        try {
            answer = JSONB.fromJson(body, LwaTokenAnswer.class);
        } catch (JsonbException e) {
            return Optional.empty();
        }
        if (answer == null
                || answer.accessToken() == null
                || answer.accessToken().isEmpty()
                || answer.refreshToken() == null
                || answer.refreshToken().isEmpty()) {
            return Optional.empty();
        }
        return answer.lifetimeSeconds()
                .map(seconds -> new TokenGrant(answer.accessToken(), answer.refreshToken(), now.plusSeconds(seconds)));
    }

    private Optional<Long> lifetimeSeconds() {
        if (expiresIn == null || expiresIn.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(DEFAULT_LIFETIME_SECONDS);
        }
        try {
            return switch (expiresIn.getValueType()) {
                case NUMBER -> Optional.of(((JsonNumber) expiresIn).longValueExact());
                case STRING ->
                    Optional.of(
                            Long.parseLong(((JsonString) expiresIn).getString().strip()));
                default -> Optional.empty();
            };
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
