package jp.kakehashi.testsupport;

import java.net.CookieManager;
import java.net.HttpCookie;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Submits the shop's Faces forms over plain HTTP, as a browser with cookies of its own would: the page's form is sent
 * as shown (its fields' values, MyFaces' {@code <form>_SUBMIT} marker and the view state among its hidden ones), with
 * the given fields filled in and the named button pressed. For tests that need a member, or a signed-in session, on the way to what they check over
 * HTTP: the browser tests walk the same forms in Chromium, at several times the cost.
 */
public final class FacesForm {

    private static final Pattern FORM = Pattern.compile("(?s)<form id=\"([^\"]+)\"[^>]*>(.*?)</form>");
    private static final Pattern ACTION = Pattern.compile("<form [^>]*action=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
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
        return submit(get(url), formId, fields, button);
    }

    /**
     * The same on a page already open (one whose form holds what the server filled in): every field the form shows
     * is sent as it is, unless {@code fields} gives it.
     */
    public HttpResponse<String> submit(
            HttpResponse<String> page, String formId, Map<String, String> fields, String button) {
        String form = form(page, formId);
        Map<String, String> values = new LinkedHashMap<>(shownValues(form));
        fields.forEach((field, value) -> values.put(formId + ":" + field, value));
        values.put(formId + ":" + button, "x");
        String body = values.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        Matcher action = ACTION.matcher(form);
        URI target = page.uri()
                .resolve(action.find() ? unescape(action.group(1)) : page.uri().getPath());
        return Http.answer(
                        client,
                        HttpRequest.newBuilder(target)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build())
                .orElseThrow(() -> new AssertionError("no answer to form " + formId + " of " + page.uri()));
    }

    /**
     * Hands this cookie jar's session with the test server to a browser (through the DevTools, so no page needs to be
     * loaded first): the browser goes on as the same shopper, signed in if this one is. For browser tests whose subject
     * is what comes after the sign-in, not the pages on the way, which other browser tests walk.
     */
    public void handSessionTo(WebDriver browser) {
        URI server = KakehashiServer.uri("/");
        for (HttpCookie cookie : cookies.getCookieStore().get(server)) {
            ((HasCdp) browser)
                    .executeCdpCommand(
                            "Network.setCookie",
                            Map.of(
                                    "name", cookie.getName(),
                                    "value", cookie.getValue(),
                                    "url", server.toString(),
                                    "path", cookie.getPath() == null ? "/" : cookie.getPath(),
                                    "httpOnly", cookie.isHttpOnly(),
                                    "secure", cookie.getSecure()));
        }
    }

    /** What a browser sends of the form as shown: its inputs but the buttons and unticked boxes, its choices. */
    private static Map<String, String> shownValues(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group(1));
            String type = attributes.getOrDefault("type", "text");
            boolean unticked = (type.equals("checkbox") || type.equals("radio")) && !attributes.containsKey("checked");
            if (attributes.containsKey("name") && !type.equals("submit") && !type.equals("button") && !unticked) {
                values.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String name = attributes(select.group(1)).get("name");
            Matcher option = OPTION.matcher(select.group(2));
            while (name != null && option.find()) {
                Map<String, String> attributes = attributes(option.group(1));
                if (attributes.containsKey("selected")) {
                    values.put(name, attributes.getOrDefault("value", ""));
                }
            }
        }
        return values;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), unescape(attribute.group(2)));
        }
        return attributes;
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

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static URI uri(String url) {
        return url.startsWith("http") ? URI.create(url) : KakehashiServer.uri(url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
