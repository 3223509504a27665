package jp.kakehashi.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where shoppers reach the shop from outside ({@code kakehashi.public-url}, behind any proxy): the return URLs Amazon
 * sends them back to (Amazon Pay's sign-in, Login with Amazon's consent page) are built on it.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "kakehashi.public-url")
    String publicUrl;

    /** The URL without a trailing slash; {@code path} starts with one. */
    public String of(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
