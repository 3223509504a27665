package jp.kakehashi.sandbox.lwa.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.kakehashi.sandbox.lwa.Seed003;
import jp.kakehashi.sandbox.lwa.domain.LwaError;
import org.junit.jupiter.api.Test;

class TokenRequestParserTest {

    private static final String SCOPE_DATA =
            "{\"product_instance_attributes\": {\"device_serial_number\": \"<deviceSerialNumber>\","
                    + "\"device_model\": \"<deviceModel>\"}}";

    private static TokenRequest parse(String contentType, String body) {
        return TokenRequestParser.parse(contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    private static LwaError refused(String contentType, String body) {
        return assertThrows(LwaError.class, () -> parse(contentType, body));
    }

    @Test
    void readsSeed003sFormBodyIncludingPlusAsSpace() {
        TokenRequest request = parse("application/x-www-form-urlencoded", Seed003.FORM_BODY);

        assertEquals("device_preregistration", request.required("grant_type"));
        assertEquals("foodev", request.required("client_id"));
        assertEquals("Y76SDl2F", request.required("client_secret"));
        assertEquals("dash:replenish", request.required("scope"));
        assertEquals(SCOPE_DATA, request.required("scope_data"));
        assertEquals(
                new ScopeData("<deviceSerialNumber>", "<deviceModel>"),
                ScopeData.ofPreregistration(request.required("scope_data")));
    }

    @Test
    void readsSeed003sJsonBodyWithScopeDataAsAnObject() {
        TokenRequest request = parse("application/json", Seed003.JSON_BODY);

        assertEquals("device_preregistration", request.required("grant_type"));
        assertEquals("Y76SDl2F", request.required("client_secret"));
        assertEquals(
                new ScopeData("<deviceSerialNumber>", "<deviceModel>"),
                ScopeData.ofPreregistration(request.required("scope_data")));
    }

    @Test
    void acceptsScopeDataAsAJsonStringToo() {
        TokenRequest request = parse(
                "application/json",
                "{\"scope_data\":\"{\\\"product_instance_attributes\\\":"
                        + "{\\\"device_serial_number\\\":\\\"S1\\\",\\\"device_model\\\":\\\"M1\\\"}}\"}");

        assertEquals(new ScopeData("S1", "M1"), ScopeData.ofPreregistration(request.required("scope_data")));
    }

    @Test
    void contentTypeIsReadLeniently() {
        assertEquals(
                "foodev",
                parse("Application/JSON; charset=utf-8", "{\"client_id\":\"foodev\"}")
                        .required("client_id"));
        assertEquals(
                "foodev",
                parse("application/x-www-form-urlencoded;charset=UTF-8", "client_id=foodev\r\n")
                        .required("client_id"));
        assertEquals(
                "ｆｏｏ",
                TokenRequestParser.parse(
                                "application/x-www-form-urlencoded; charset=ISO-8859-1",
                                "client_id=%EF%BD%86%EF%BD%8F%EF%BD%8F".getBytes(StandardCharsets.ISO_8859_1),
                                null)
                        .required("client_id"));
    }

    @Test
    void anotherContentTypeIsAnInvalidRequest() {
        LwaError error = refused("text/plain", "grant_type=refresh_token");

        assertEquals(400, error.status());
        assertEquals("invalid_request", error.error());
        assertEquals(
                "invalid_request", refused(null, "grant_type=refresh_token").error());
    }

    @Test
    void malformedBodiesAreInvalidRequests() {
        assertEquals(
                "invalid_request",
                refused("application/json", "{\"grant_type\":").error());
        assertEquals("invalid_request", refused("application/json", "[1,2]").error());
        assertEquals("invalid_request", refused("application/json", "").error());
        assertEquals(
                "invalid_request",
                refused("application/x-www-form-urlencoded", "grant_type=%zz").error());
        assertEquals(
                "invalid_request",
                refused("application/x-www-form-urlencoded", "a=1&a=2").error());
    }

    @Test
    void jsonNullsAreAbsentAndOtherValuesAreTheirJsonText() {
        TokenRequest request = parse("application/json", "{\"code\":null,\"n\":5,\"b\":true}");

        assertEquals(
                "invalid_request",
                assertThrows(LwaError.class, () -> request.required("code")).error());
        assertEquals("5", request.required("n"));
        assertEquals("true", request.required("b"));
    }

    @Test
    void emptyValuesCountAsMissing() {
        assertEquals(
                "invalid_request",
                assertThrows(
                                LwaError.class,
                                () -> parse("application/x-www-form-urlencoded", "client_id=")
                                        .required("client_id"))
                        .error());
    }

    @Test
    void basicCredentialsStandForTheBodysClientCredentials() {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("foodev:Y76SDl2F".getBytes(StandardCharsets.UTF_8));

        TokenRequest request = TokenRequestParser.parse(
                "application/x-www-form-urlencoded",
                "grant_type=refresh_token".getBytes(StandardCharsets.UTF_8),
                basic);

        assertEquals("foodev", request.required("client_id"));
        assertEquals("Y76SDl2F", request.required("client_secret"));
        assertEquals(
                "invalid_request",
                assertThrows(
                                LwaError.class,
                                () -> TokenRequestParser.parse(
                                        "application/x-www-form-urlencoded",
                                        "client_id=other".getBytes(StandardCharsets.UTF_8),
                                        basic))
                        .error());
        assertEquals(
                "invalid_client",
                assertThrows(
                                LwaError.class,
                                () -> TokenRequestParser.parse(
                                        "application/x-www-form-urlencoded", new byte[0], "Basic !!!"))
                        .error());
    }

    @Test
    void standardFlowScopeDataIsRead() {
        assertEquals(
                new ScopeData.StandardFlow("M1", "S1", true),
                ScopeData.ofStandardFlow(
                        "{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S1\",\"is_test_device\":true}}"));
        assertEquals(
                new ScopeData.StandardFlow("M1", "S1", false),
                ScopeData.ofStandardFlow("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S1\"}}"));
        assertThrows(LwaError.class, () -> ScopeData.ofStandardFlow("{\"dash:replenish\":{\"serial\":\"S1\"}}"));
    }
}
