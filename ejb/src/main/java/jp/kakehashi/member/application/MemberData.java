package jp.kakehashi.member.application;

import java.time.Instant;
import java.util.List;

/**
 * What the shop holds about a member, as the member downloads it (APPI: disclosure on request): their profile,
 * addresses, Amazon link, devices, the app's sign-ins and device credentials (kind and dates only) and the recent audit
 * lines about them. Never a password hash, a token or its hash.
 */
public record MemberData(
        Instant exportedAt,
        Profile profile,
        Address shippingAddress,
        Address billingAddress,
        AmazonLink amazonLink,
        List<DeviceEntry> devices,
        List<Credential> credentials,
        List<ActivityEntry> recentActivity) {

    public record Profile(
            long memberId,
            String name,
            String email,
            boolean emailVerified,
            Instant emailVerifiedAt,
            String phoneNumber,
            boolean hasPassword,
            boolean disabled,
            Instant createdAt,
            Instant updatedAt) {}

    public record Address(
            String recipientName,
            String postalCode,
            String prefecture,
            String line1,
            String line2,
            String phoneNumber) {}

    /** Null in {@link MemberData} when no Amazon account is linked. */
    public record AmazonLink(String buyerId, Instant linkedAt) {}

    /** @param heldByMember false for a device Amazon registered to the linked account that nobody set up here */
    public record DeviceEntry(
            String modelId,
            String serialNumber,
            String status,
            boolean heldByMember,
            Instant registeredAt,
            boolean hasTokens) {}

    /** @param device "model/serial" for a device's credential, null for a sign-in of the app */
    public record Credential(
            String kind, String device, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {}

    public record ActivityEntry(Instant occurredAt, String actor, String action, String target, String detail) {}
}
