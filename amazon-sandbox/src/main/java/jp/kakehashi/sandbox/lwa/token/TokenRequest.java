package jp.kakehashi.sandbox.lwa.token;

import java.util.Map;
import java.util.Optional;
import jp.kakehashi.sandbox.lwa.domain.LwaError;

/**
 * The parameters of one token request, whatever its content type. A JSON object value such as {@code scope_data}
 * is kept as its JSON text, as if it had been sent as a string.
 */
public record TokenRequest(Map<String, String> parameters) {

    public TokenRequest {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isEmpty());
    }

    /** The parameter, or {@code invalid_request} naming it. */
    public String required(String name) {
        return optional(name)
                .orElseThrow(() -> LwaError.invalidRequest("The request is missing a required parameter : " + name));
    }
}
