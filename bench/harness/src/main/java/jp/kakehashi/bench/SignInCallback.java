package jp.kakehashi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * The sign-in callback as shoppers make it: each shopper (a thread with its own cookies) opens the login page for a
 * fresh session-bound state, gets a fresh buyerToken from the sandbox's hosted page (its control API), and comes back
 * to the return URL; only that last request is timed, through Get Buyer at the sandbox to the redirect to the member
 * page. The buyer is a member registered with Amazon through the registration page beforehand.
 */
final class SignInCallback {

    private static final Pattern PAYLOAD =
            Pattern.compile("id=\"amazon-signin-(\\w+)\"[^>]*?data-payload=\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern FORM =
            Pattern.compile("<form id=\"register\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.DOTALL);
    private static final Pattern SELECT =
            Pattern.compile("<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w-]*)=\"([^\"]*)\"");
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected");

    private final String base;

    SignInCallback(String base) {
        this.base = base;
    }

    /** A test buyer at the sandbox and the member it registered as: the buyer's key, and the member's email. */
    record Member(String buyer, String email) {}

    /** A new test buyer at the sandbox, registered as a member through the registration page, with this password. */
    Member registerBuyer(String password) throws Exception {
        HttpClient shopper = shopper();
        JsonObject created = Json.createReader(new StringReader(send(
                                shopper,
                                HttpRequest.newBuilder(URI.create(base + "/amazon-sandbox/api/sandbox/pay/buyers"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"template\":\"pay-tester\"}")))
                        .body()))
                .readObject();
        String buyer = created.getString("key");
        String returnUrl =
                returnUrl(shopper, "/shop/register.xhtml", "register") + "&buyerToken=" + buyerToken(shopper, buyer);
        HttpResponse<String> back =
                send(shopper, HttpRequest.newBuilder(URI.create(returnUrl)).GET());
        HttpResponse<String> form =
                send(shopper, HttpRequest.newBuilder(URI.create(location(back))).GET());
        Matcher registration = FORM.matcher(form.body());
        if (!registration.find()) {
            throw new IllegalStateException("no registration form after signing in with Amazon");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(registration.group(2));
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group(1));
            boolean uncheckedBox =
                    "checkbox".equals(attributes.get("type")) && !input.group(1).contains("checked");
            boolean otherButton =
                    "submit".equals(attributes.get("type")) && !"register:submit".equals(attributes.get("name"));
            if (attributes.containsKey("name") && !uncheckedBox && !otherButton) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        fields.put("register:password", password);
        Matcher select = SELECT.matcher(registration.group(2));
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            fields.put(select.group(1), selected.find() ? selected.group(1) : "");
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> registered = send(
                shopper,
                HttpRequest.newBuilder(URI.create(base + unescape(registration.group(1))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (registered.statusCode() != 302 || !location(registered).contains("/member/")) {
            throw new IllegalStateException("registration with Amazon failed: " + registered.statusCode() + " "
                    + registered.headers().firstValue("Location").orElse("") + " " + fields.keySet());
        }
        return new Member(buyer, created.getString("email"));
    }

    /** {@code shoppers} threads signing in again and again for the duration; the callbacks' latencies. */
    Load.Result run(String buyer, int shoppers, Duration duration) throws InterruptedException {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        Thread[] threads = new Thread[shoppers];
        for (int s = 0; s < shoppers; s++) {
            threads[s] = new Thread(
                    () -> {
                        HttpClient shopper = shopper();
                        while (System.nanoTime() < end) {
                            try {
                                ((CookieManager) shopper.cookieHandler().orElseThrow())
                                        .getCookieStore()
                                        .removeAll();
                                String returnUrl = returnUrl(shopper, "/shop/login.xhtml", "login") + "&buyerToken="
                                        + buyerToken(shopper, buyer);
                                long sent = System.nanoTime();
                                HttpResponse<Void> back = shopper.send(
                                        HttpRequest.newBuilder(URI.create(returnUrl))
                                                .timeout(Duration.ofSeconds(30))
                                                .GET()
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding());
                                long latency = System.nanoTime() - sent;
                                if (back.statusCode() != 302
                                        || !back.headers()
                                                .firstValue("Location")
                                                .orElse("")
                                                .contains("/member/")) {
                                    errors.incrementAndGet();
                                }
                                synchronized (histogram) {
                                    histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                        }
                    },
                    "bench-shopper-" + s);
            threads[s].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Load.Result.of(
                "sign-in callback (return URL, Get Buyer, redirect to the member page)",
                "closed loop, " + shoppers + " shoppers",
                histogram,
                (System.nanoTime() - started) / 1e9,
                errors.get());
    }

    private String returnUrl(HttpClient shopper, String page, String purpose) throws Exception {
        String html = send(
                        shopper, HttpRequest.newBuilder(URI.create(base + page)).GET())
                .body();
        Matcher payload = PAYLOAD.matcher(html);
        while (payload.find()) {
            if (payload.group(1).equals(purpose)) {
                JsonObject json = Json.createReader(new StringReader(unescape(payload.group(2))))
                        .readObject();
                return json.getString("signInReturnUrl");
            }
        }
        throw new IllegalStateException("no Amazon button on " + page);
    }

    private String buyerToken(HttpClient shopper, String buyer) throws Exception {
        String issued = send(
                        shopper,
                        HttpRequest.newBuilder(URI.create(base + "/amazon-sandbox/api/sandbox/pay/buyer-tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"buyer\":\"" + buyer + "\"}")))
                .body();
        return URLEncoder.encode(
                Json.createReader(new StringReader(issued)).readObject().getString("buyerToken"),
                StandardCharsets.UTF_8);
    }

    private static HttpClient shopper() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri());
        }
        return response;
    }

    private String location(HttpResponse<?> response) {
        String location =
                response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no redirect"));
        return location.startsWith("http") ? location : base + location;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
