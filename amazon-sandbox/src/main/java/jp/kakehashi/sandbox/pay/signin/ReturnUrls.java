package jp.kakehashi.sandbox.pay.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The merchant's return URL, exactly as signed, with {@code buyerToken} added to its query. */
public final class ReturnUrls {

    private ReturnUrls() {}

    public static String withBuyerToken(String returnUrl, String buyerToken) {
        int hash = returnUrl.indexOf('#');
        String beforeFragment = hash < 0 ? returnUrl : returnUrl.substring(0, hash);
        String fragment = hash < 0 ? "" : returnUrl.substring(hash);
        String separator;
        int question = beforeFragment.indexOf('?');
        if (question < 0) {
            separator = "?";
        } else if (beforeFragment.endsWith("?") || beforeFragment.endsWith("&")) {
            separator = "";
        } else {
            separator = "&";
        }
        return beforeFragment + separator + "buyerToken=" + URLEncoder.encode(buyerToken, StandardCharsets.UTF_8)
                + fragment;
    }
}
