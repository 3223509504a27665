package jp.kakehashi.member.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import jp.kakehashi.member.domain.Member;

/**
 * A member as admins see them: who, whether the address is verified, and whether and since when an Amazon account is
 * linked. No password hash.
 */
public record MemberOverview(
        long id,
        String email,
        boolean emailVerified,
        String name,
        boolean hasPassword,
        String amazonBuyerId,
        Instant amazonLinkedAt,
        Instant createdAt,
        boolean disabled) {

    public static MemberOverview of(Member member) {
        return new MemberOverview(
                member.getId(),
                member.getEmail(),
                member.isEmailVerified(),
                member.getName(),
                member.hasPassword(),
                member.getAmazonBuyerId().orElse(null),
                member.getAmazonLinkedAt(),
                member.getCreatedAt(),
                member.isDisabled());
    }

    @JsonbTransient
    public boolean isAmazonLinked() {
        return amazonBuyerId != null;
    }
}
