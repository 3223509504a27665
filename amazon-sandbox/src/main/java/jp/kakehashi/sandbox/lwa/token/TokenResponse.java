package jp.kakehashi.sandbox.lwa.token;

import jakarta.json.Json;

/** The token endpoint's 200 answer. */
public record TokenResponse(String accessToken, long expiresIn, String refreshToken) {

    public static final String TOKEN_TYPE = "bearer";

    /** {@code {"access_token":"Atza|...","token_type":"bearer","expires_in":3600,"refresh_token":"Atzr|..."}} */
    public String toJson() {
        return Json.createObjectBuilder()
                .add("access_token", accessToken)
                .add("token_type", TOKEN_TYPE)
                .add("expires_in", expiresIn)
                .add("refresh_token", refreshToken)
                .build()
                .toString();
    }
}
