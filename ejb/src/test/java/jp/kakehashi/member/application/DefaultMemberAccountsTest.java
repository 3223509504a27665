package jp.kakehashi.member.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.member.domain.PostalAddress;
import jp.kakehashi.member.domain.Prefecture;
import jp.kakehashi.member.domain.ProfileChange;
import org.junit.jupiter.api.Test;

class DefaultMemberAccountsTest {

    private static Member member() {
        return new Member(
                "a@example.jp",
                "山田 太郎",
                "03-1234-5678",
                new PostalAddress("山田 太郎", "100-0001", Prefecture.TOKYO, "千代田区1-1", null, "03-1234-5678"),
                null,
                Instant.EPOCH);
    }

    @Test
    void theAuditNamesTheChangedFieldsAndNoValue() {
        assertEquals(
                "",
                DefaultMemberAccounts.changedFields(
                        member(),
                        new ProfileChange("山田 太郎", "03-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区1-1", " ")));
        assertEquals(
                "name",
                DefaultMemberAccounts.changedFields(
                        member(),
                        new ProfileChange("山田 花子", "03-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区1-1", null)));
        assertEquals(
                "phoneNumber, address",
                DefaultMemberAccounts.changedFields(
                        member(), new ProfileChange("山田 太郎", null, "100-0001", Prefecture.OSAKA, "千代田区1-1", null)));
    }
}
