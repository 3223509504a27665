package jp.kakehashi.member.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import jp.kakehashi.signin.web.SignInPages;
import org.junit.jupiter.api.Test;

/**
 * The sign-in with Amazon names its outcomes itself (SignInPages); the member pages they lead to still say something
 * for every reason and result named there, and the account page's outcomes are the ones its own bean builds.
 */
class SignInOutcomesTest {

    private static List<String> outcomes() {
        return Arrays.stream(SignInPages.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private static String parameter(String outcome, String name) {
        return outcome.substring(outcome.indexOf(name + "=") + name.length() + 1);
    }

    @Test
    void theLoginPageShowsEveryRefusalTheSignInNames() {
        List<String> refusals = outcomes().stream()
                .filter(outcome -> outcome.contains("&refused="))
                .toList();
        assertEquals(3, refusals.size(), refusals::toString);
        refusals.forEach(outcome -> {
            assertTrue(outcome.startsWith(SignInPages.LOGIN), outcome);
            assertTrue(MemberLogin.REFUSALS.containsKey(parameter(outcome, "refused")), outcome);
        });
    }

    @Test
    void theAccountPageShowsEveryResultTheSignInNames() {
        List<String> results = outcomes().stream()
                .filter(outcome -> outcome.contains("&result="))
                .toList();
        assertEquals(3, results.size(), results::toString);
        results.forEach(outcome -> {
            String result = parameter(outcome, "result");
            assertEquals(MemberAccount.pageWith(result), outcome);
            assertTrue(MemberAccount.showsResult(result), outcome);
        });
    }
}
