package jp.kakehashi.sandbox.pay.signature;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code x-amz-pay-date}: the SDKs send {@code 20180524T223710Z} or ISO-8601 {@code 2018-05-24T22:37:10Z}. */
public final class AmzPayDate {

    public static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private AmzPayDate() {}

    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim();
        try {
            return Optional.of(LocalDateTime.parse(text, BASIC).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException basicFailed) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException isoFailed) {
                return Optional.empty();
            }
        }
    }

    public static String format(Instant instant) {
        return BASIC.format(instant.atOffset(ZoneOffset.UTC));
    }
}
