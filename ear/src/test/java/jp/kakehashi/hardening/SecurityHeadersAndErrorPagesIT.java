package jp.kakehashi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.kakehashi.testsupport.Http;
import jp.kakehashi.testsupport.KakehashiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of answer carries the browser protections, and errors are the shop's own pages, in both languages. */
class SecurityHeadersAndErrorPagesIT {

    private final Http http = new Http();

    @BeforeAll
    static void serverIsUp() {
        KakehashiServer.awaitReady();
    }

    /** A page, a member page's redirect, the API's challenge, the SNS endpoint's refusal, an error page. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /",
                "GET /shop/login.xhtml",
                "GET /member/devices.xhtml",
                "GET /api/devices",
                "POST /sns/notifications",
                "GET /no-such-page.xhtml",
                "GET /openapi"
            })
    void everyAnswerForbidsFramingSniffingAndFullReferrers(String request) {
        String[] parts = request.split(" ");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(KakehashiServer.uri(parts[1]))
                .method(parts[0], HttpRequest.BodyPublishers.ofString("not an SNS message"))
                .build());

        assertTrue(
                answer.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("frame-ancestors 'none'"),
                request + ": " + answer.headers().map());
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), request);
        assertEquals(
                "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), request);
        assertEquals(
                "strict-origin-when-cross-origin",
                answer.headers().firstValue("Referrer-Policy").orElse(""),
                request);
    }

    @ParameterizedTest
    @CsvSource({"ja, ページが見つかりません", "en-US, Page not found"})
    void anUnknownPageIsTheShopsOwnNotFoundPage(String language, String title) {
        HttpResponse<String> page = http.get("/no-such-page.xhtml", "Accept-Language", language);

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains(title), page.body());
        assertNoInternals(page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/shop/no-such-page.xhtml", "/WEB-INF/web.xml", "/shop/index.xhtml.src"})
    void nothingInternalIsServedOrNamed(String path) {
        HttpResponse<String> page = http.get(path, "Accept-Language", "en-US");

        assertTrue(page.statusCode() == 403 || page.statusCode() == 404, path + ": " + page.statusCode());
        assertNoInternals(page.body());
    }

    static void assertNoInternals(String body) {
        for (String internal :
                new String[] {"Exception", "at jp.", "at java.", "com.ibm.", "SQL", "Error 404:", "OpenLiberty"}) {
            assertFalse(body.contains(internal), "the page names " + internal + ":\n" + body);
        }
    }
}
