package jp.kakehashi.sandbox.sns.domain;

import java.util.Map;

/**
 * The string SNS signs: {@code Key\nValue\n} for each signed field of the message's type, in AWS's order.
 * Built from field values (not JSON bytes), so it serves both for signing and for checking real AWS messages.
 */
public final class SnsStringToSign {

    private SnsStringToSign() {}

    /** @param fields the message's fields by their JSON key; {@code Type} chooses which of them are signed */
    public static String of(Map<String, String> fields) {
        String type = fields.get("Type");
        if (type == null) {
            throw new IllegalArgumentException("an SNS message needs a Type");
        }
        StringBuilder text = new StringBuilder();
        for (String key : SnsMessageType.fromWireName(type).signedKeys()) {
            String value = fields.get(key);
            if (value == null) {
                if ("Subject".equals(key)) {
                    continue;
                }
                throw new IllegalArgumentException("an SNS " + type + " needs " + key);
            }
            text.append(key).append('\n').append(value).append('\n');
        }
        return text.toString();
    }
}
