package jp.kakehashi.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileChangeTest {

    private static ProfileChange valid() {
        return new ProfileChange("山田 太郎", "03-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1", "");
    }

    @Test
    void aChangeLikeARegistrationHasNoProblems() {
        assertEquals(List.of(), valid().problems());
        assertEquals(List.of(), new ProfileChange("A", null, "100-0001", Prefecture.OSAKA, "x", null).problems());
    }

    @Test
    void everyProblemIsNamedAtOnceInFieldOrder() {
        ProfileChange change = new ProfileChange(" ", "phone", "1000001", null, "", "y".repeat(301));
        assertEquals(
                List.of(
                        new ProfileChange.Problem("name", ProfileChange.Reason.REQUIRED),
                        new ProfileChange.Problem("phoneNumber", ProfileChange.Reason.INVALID),
                        new ProfileChange.Problem("postalCode", ProfileChange.Reason.INVALID),
                        new ProfileChange.Problem("prefecture", ProfileChange.Reason.REQUIRED),
                        new ProfileChange.Problem("line1", ProfileChange.Reason.REQUIRED),
                        new ProfileChange.Problem("line2", ProfileChange.Reason.TOO_LONG)),
                change.problems());
    }

    @Test
    void overLongFieldsAreTooLongRatherThanInvalid() {
        ProfileChange change =
                new ProfileChange("n".repeat(201), "1".repeat(31), null, Prefecture.TOKYO, "l".repeat(301), null);
        assertEquals(
                List.of(
                        new ProfileChange.Problem("name", ProfileChange.Reason.TOO_LONG),
                        new ProfileChange.Problem("phoneNumber", ProfileChange.Reason.TOO_LONG),
                        new ProfileChange.Problem("postalCode", ProfileChange.Reason.REQUIRED),
                        new ProfileChange.Problem("line1", ProfileChange.Reason.TOO_LONG)),
                change.problems());
    }

    @Test
    void theMemberTakesTheChangeStrippedWithTheNameAsRecipientAndBlanksAsNothing() {
        Member member = new Member("a@example.jp", "Old", null, null, null, Instant.EPOCH);
        member.changeProfile(
                new ProfileChange(" 新 名前 ", " ", "530-0001", Prefecture.OSAKA, " 北区 ", " "), Instant.EPOCH);
        assertEquals("新 名前", member.getName());
        assertNull(member.getPhoneNumber());
        assertEquals("新 名前", member.getAddress().getRecipientName());
        assertEquals("北区", member.getAddress().getLine1());
        assertNull(member.getAddress().getLine2());
        assertEquals(Prefecture.OSAKA, member.getAddress().getPrefecture());
    }

    @Test
    void aMemberRefusesAnInvalidChangeAndStaysAsItWas() {
        Member member = new Member("a@example.jp", "Old", null, null, null, Instant.EPOCH);
        assertThrows(
                IllegalArgumentException.class,
                () -> member.changeProfile(
                        new ProfileChange("", null, "100-0001", Prefecture.TOKYO, "x", null), Instant.EPOCH));
        assertEquals("Old", member.getName());
    }

    @Test
    void disablingAndEnablingAreIdempotent() {
        Member member = new Member("a@example.jp", "A", null, null, null, Instant.EPOCH);
        member.disable(Instant.ofEpochSecond(10));
        member.disable(Instant.ofEpochSecond(20));
        assertTrue(member.isDisabled());
        assertEquals(Instant.ofEpochSecond(10), member.getDisabledAt());
        member.enable(Instant.ofEpochSecond(30));
        member.enable(Instant.ofEpochSecond(40));
        assertNull(member.getDisabledAt());
    }
}
