package jp.kakehashi.sandbox.lwa.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Login with Amazon security profile: client id, client secret and the "Allowed Return URLs".
 *
 * @param allowedReturnOrigins scheme and host (for example {@code http://localhost}) that a {@code redirect_uri} may
 *                             use, any port and path: the sandbox's simplification of Amazon's exact Allowed Return URLs
 */
public record LwaClient(String clientId, String clientSecret, String name, List<String> allowedReturnOrigins) {

    public LwaClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        allowedReturnOrigins = List.copyOf(allowedReturnOrigins);
    }

    /** Compares in constant time, so that the sandbox does not teach clients a timing leak. */
    public boolean secretMatches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        clientSecret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a redirect_uri is one of this client's return URLs: absolute http(s), no user info, no fragment. */
    public boolean allowsReturnUrl(String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return false;
        }
        String origin =
                uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
        return allowedReturnOrigins.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(origin));
    }

    @Override
    public String toString() {
        return "LwaClient[" + clientId + "]";
    }
}
