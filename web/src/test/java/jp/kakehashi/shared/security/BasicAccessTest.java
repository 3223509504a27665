package jp.kakehashi.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Basic header read into a member's or an administrator's credential, and nothing from a header that is not one. */
class BasicAccessTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMembersNameAndPassword() {
        var credential = assertInstanceOf(
                UsernamePasswordCredential.class, BasicAccess.credentialOf(basic("hanako@example.jp:s3cret"), false));
        assertEquals("hanako@example.jp", credential.getCaller());
        assertEquals("s3cret", credential.getPasswordAsString());
    }

    @Test
    void anAdministratorsUnderTheAdminApi() {
        var credential =
                assertInstanceOf(AdministratorCredential.class, BasicAccess.credentialOf(basic("root:pw"), true));
        assertEquals("root", credential.userName());
        assertEquals("pw", String.valueOf(credential.password().getValue()));
    }

    @Test
    void thePasswordIsEverythingAfterTheFirstColonInUtf8() {
        var credential = assertInstanceOf(
                UsernamePasswordCredential.class,
                BasicAccess.credentialOf("basic  " + basic("花子:a:b:秘密").substring(6) + " ", false));
        assertEquals("花子", credential.getCaller());
        assertEquals("a:b:秘密", credential.getPasswordAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "Basic", "Basic !!!not-base64", "Digest username=\"x\"", "Basicx"})
    void noCredentialFromAHeaderThatIsNotBasic(String header) {
        assertNull(BasicAccess.credentialOf(header, false));
    }

    @Test
    void noCredentialWithoutAColonOrAHeader() {
        assertNull(BasicAccess.credentialOf(basic("no-colon"), false));
        assertNull(BasicAccess.credentialOf(null, true));
    }
}
