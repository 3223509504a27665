package jp.kakehashi.shared.tracing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URLs as traces may keep them: the values of query parameters that carry secrets (Amazon's one-time buyerToken, an
 * OAuth code and state, a mailed verification token, any token, password, secret, key or signature) replaced by
 * {@value #REDACTED}, and the buyer token in Amazon Pay's Get Buyer path too. Names and other values stay, so a trace
 * still tells which page or call it was.
 */
public final class SecretsInUrls {

    public static final String REDACTED = "REDACTED";

    private static final Set<String> SECRET_NAMES = Set.of(
            "code",
            "state",
            "key",
            "sig",
            "otp",
            "ticket",
            "nonce",
            "session",
            "sessionid",
            "jsessionid",
            "kakehashi_session");
    private static final Pattern SECRET_PARTS =
            Pattern.compile("token|password|passwd|secret|credential|signature|auth|apikey|api_key");
    /** Amazon Pay's Get Buyer: /v2/buyers/{buyerToken}, with the sandbox's environment prefix or without. */
    private static final Pattern BUYER_PATH = Pattern.compile("(/v2/buyers/)[^/?#]+");

    private SecretsInUrls() {}

    /** Whether a query parameter of this name carries a secret. */
    public static boolean isSecret(String name) {
        String decoded = URLDecoder.decode(name, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
        return SECRET_NAMES.contains(decoded) || SECRET_PARTS.matcher(decoded).find();
    }

    /** A query string (without its '?') with the secret values redacted; null stays null. */
    public static String redactQuery(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringBuilder redacted = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!redacted.isEmpty()) {
                redacted.append('&');
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (equals >= 0 && isSecret(name)) {
                redacted.append(name).append('=').append(REDACTED);
            } else {
                redacted.append(pair);
            }
        }
        return redacted.toString();
    }

    /** A whole URL with the secret query values and Get Buyer's token redacted (what a client span's url.full keeps). */
    public static String redactUrl(URI url) {
        String raw = url.toString();
        int hash = raw.indexOf('#');
        String withoutFragment = hash < 0 ? raw : raw.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        String path = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
        String redactedPath = BUYER_PATH.matcher(path).replaceAll("$1" + REDACTED);
        return question < 0 ? redactedPath : redactedPath + "?" + redactQuery(withoutFragment.substring(question + 1));
    }
}
