package jp.kakehashi.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Submits the shop's Faces forms over plain HTTP, as a browser with cookies of its own would: the page's form is read
 * for its hidden fields (MyFaces' {@code <form>_SUBMIT} marker and the view state), the given fields are filled in and
 * the named button pressed. For tests that need a member, or a signed-in session, on the way to what they check over
 * HTTP: the browser tests walk the same forms in Chromium, at several times the cost.
 */
public final class FacesForm {

    private static final Pattern FORM = Pattern.compile("(?s)<form id=\"([^\"]+)\"[^>]*>(.*?)</form>");
    private static final Pattern ACTION = Pattern.compile("<form [^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"(?: id=\"[^\"]*\")? value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The page at {@code url} (a path of the test server's, or a whole URL), in this cookie jar. */
    public HttpResponse<String> get(String url) {
        return Http.answer(
                        client,
                        HttpRequest.newBuilder(uri(url))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build())
                .orElseThrow(() -> new AssertionError("no answer from " + url));
    }

    /**
     * Opens {@code url}, fills form {@code formId}'s {@code fields} (by their ids without the form's prefix) and presses
     * its button {@code button}: the page that follows, redirects followed.
     */
    public HttpResponse<String> submit(String url, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> page = get(url);
        Map<String, String> values = new LinkedHashMap<>(hiddenFields(page, formId));
        fields.forEach((field, value) -> values.put(formId + ":" + field, value));
        values.put(formId + ":" + button, "x");
        String body = values.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return Http.answer(
                        client,
                        HttpRequest.newBuilder(page.uri().resolve(action(page, formId)))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build())
                .orElseThrow(() -> new AssertionError("no answer to form " + formId + " of " + url));
    }

    private static Map<String, String> hiddenFields(HttpResponse<String> page, String formId) {
        Matcher hidden = HIDDEN.matcher(form(page, formId));
        Map<String, String> fields = new LinkedHashMap<>();
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    private static String action(HttpResponse<String> page, String formId) {
        Matcher action = ACTION.matcher(form(page, formId));
        return action.find()
                ? action.group(1).replace("&amp;", "&")
                : page.uri().getPath();
    }

    /** The whole {@code <form>} element of that id. */
    private static String form(HttpResponse<String> page, String formId) {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            if (form.group(1).equals(formId)) {
                return form.group(0);
            }
        }
        throw new AssertionError(
                "no form " + formId + " at " + page.uri() + " (" + page.statusCode() + "):\n" + page.body());
    }

    private static URI uri(String url) {
        return url.startsWith("http") ? URI.create(url) : KakehashiServer.uri(url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
