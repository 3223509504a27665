package jp.kakehashi.sandbox.lwa.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

    /** RFC 7636, appendix B. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void s256MatchesTheRfcExample() {
        assertEquals(CHALLENGE, Pkce.s256(VERIFIER));
        assertTrue(Pkce.verifies(CHALLENGE, "S256", VERIFIER));
    }

    @Test
    void wrongOrMalformedVerifiersFail() {
        assertFalse(Pkce.verifies(CHALLENGE, "S256", VERIFIER.substring(1) + "A"));
        assertFalse(Pkce.verifies(CHALLENGE, "S256", "short"));
        assertFalse(Pkce.verifies(CHALLENGE, "plain", VERIFIER));
        assertFalse(Pkce.isValidMethod("s256"));
    }
}
