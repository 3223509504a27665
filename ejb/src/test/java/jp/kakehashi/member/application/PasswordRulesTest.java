package jp.kakehashi.member.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aPasswordHasRegistrationsEightTo128Characters() {
        assertFalse(PasswordRules.isAcceptablePassword(null));
        assertFalse(PasswordRules.isAcceptablePassword("1234567".toCharArray()));
        assertTrue(PasswordRules.isAcceptablePassword("12345678".toCharArray()));
        assertTrue(PasswordRules.isAcceptablePassword("x".repeat(128).toCharArray()));
        assertFalse(PasswordRules.isAcceptablePassword("x".repeat(129).toCharArray()));
    }

    @Test
    void anAddressIsWhatTheRegistrationFormAccepts() {
        assertTrue(PasswordRules.isAcceptableEmail("taro@example.jp"));
        assertTrue(PasswordRules.isAcceptableEmail(" taro@example.jp "));
        assertFalse(PasswordRules.isAcceptableEmail(null));
        assertFalse(PasswordRules.isAcceptableEmail("taro"));
        assertFalse(PasswordRules.isAcceptableEmail("taro@localhost"));
        assertFalse(PasswordRules.isAcceptableEmail("ta ro@example.jp"));
        assertFalse(PasswordRules.isAcceptableEmail("a".repeat(250) + "@example.jp"));
    }
}
