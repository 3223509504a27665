package jp.kakehashi.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The mails Kakehashi sent, as the sandbox's mailbox received them ({@code /amazon-sandbox/api/sandbox/mail}). */
public final class SandboxMail {

    public static final String VERIFY_PAGE = "/shop/verify-email.xhtml?token=";

    private final Http http = new Http();
    private final String baseUrl;

    public SandboxMail() {
        this(KakehashiServer.baseUrl());
    }

    /** The mailbox of the sandbox beside the server at this base URL (scale-out tests). */
    public SandboxMail(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The mails to this address, newest first. */
    public List<JsonObject> to(String address) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/amazon-sandbox/api/sandbox/mail?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8)))
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new AssertionError("sandbox mailbox: " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body()))
                .readObject()
                .getJsonArray("mails")
                .getValuesAs(JsonObject.class);
    }

    /** Waits (to {@link Await}'s deadline) until this address has more than {@code before} mails; the newest. */
    public JsonObject next(String address, int before) {
        return Await.present(() -> {
            List<JsonObject> mails = to(address);
            return mails.size() > before ? Optional.of(mails.get(0)) : Optional.empty();
        });
    }

    /** The verification link in the newest of the address's mails after the first {@code before}. */
    public String nextVerificationLink(String address, int before) {
        JsonObject mail = next(address, before);
        return linkIn(mail).orElseThrow(() -> new AssertionError("no verification link in " + mail));
    }

    /** The first link in the mail to this page of the shop (a path such as /shop/reset-password.xhtml). */
    public static Optional<String> linkTo(JsonObject mail, String page) {
        return mail.getJsonArray("links").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(link -> link.contains(page))
                .findFirst();
    }

    public static Optional<String> linkIn(JsonObject mail) {
        return linkTo(mail, VERIFY_PAGE);
    }
}
