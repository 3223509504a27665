package jp.kakehashi.member.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;
import jp.kakehashi.member.domain.Member;

/**
 * A member signing in with their Amazon account: the buyerId that Get Buyer has just returned for this shopper's own
 * sign-in (the one-time state on the return URL proved it), and the member the one lookup by it found. Never built from
 * anything a browser sends directly. {@link MemberIdentityStore} signs in the member carried here rather than looking
 * it up a second time, and only if that member is linked to this very buyerId.
 */
public record AmazonBuyerCredential(String buyerId, Member member) implements Credential {

    public AmazonBuyerCredential {
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(member, "member");
    }

    /** Whether the member carried is the one this buyerId is linked to (a mistaken pairing signs nobody in). */
    boolean isLinked() {
        return member.getAmazonBuyerId().filter(buyerId::equals).isPresent();
    }
}
