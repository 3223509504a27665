package jp.kakehashi.member.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jp.kakehashi.member.application.MemberMailConfiguration;
import jp.kakehashi.member.security.SignInThrottle;

/** The member API's refusals: a status and {@code {"error": a code, "error_description": why}}, never stored. */
final class ApiErrors {

    private ApiErrors() {}

    static Response error(int status, String error, String description) {
        return Response.status(status)
                .header("Cache-Control", "no-store")
                .entity(body(error, description))
                .build();
    }

    static Response mailLimit(MemberMailConfiguration mailConfiguration) {
        return Response.status(429)
                .header("Retry-After", mailConfiguration.mailWindow().toSeconds())
                .entity(body("mail_limit", "too many mails asked for from this source or the shop; try again later"))
                .build();
    }

    static Response throttled() {
        return Response.status(429)
                .header("Retry-After", SignInThrottle.window().toSeconds())
                .entity(body(
                        "throttled", "too many wrong passwords for this account or from this address; try again later"))
                .build();
    }

    static Response unauthorized() {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer realm=\"Kakehashi\"")
                .entity(body("invalid_token", "sign in as the member"))
                .build();
    }

    /** The language of the mails a call causes: "en", or Japanese. */
    static Locale locale(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private static String body(String error, String description) {
        return Json.createObjectBuilder()
                .add("error", error)
                .add("error_description", description)
                .build()
                .toString();
    }
}
