package jp.kakehashi.member.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A member of the shop. Amazon's buyerId, when linked, lets them sign in with Amazon. */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_EMAIL, query = "SELECT m FROM Member m WHERE m.email = :email")
@NamedQuery(name = Member.BY_AMAZON_BUYER, query = "SELECT m FROM Member m WHERE m.amazonBuyerId = :buyerId")
public class Member {

    public static final String BY_EMAIL = "Member.byEmail";
    public static final String BY_AMAZON_BUYER = "Member.byAmazonBuyer";

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "phone_number", length = 30)
    private String phoneNumber;

    @Embedded
    @AttributeOverride(name = "phoneNumber", column = @Column(name = "address_phone_number", length = 30))
    private PostalAddress address;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "recipientName", column = @Column(name = "billing_recipient_name", length = 200)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 8)),
        @AttributeOverride(name = "prefecture", column = @Column(name = "billing_prefecture", length = 20)),
        @AttributeOverride(name = "line1", column = @Column(name = "billing_address_line1", length = 300)),
        @AttributeOverride(name = "line2", column = @Column(name = "billing_address_line2", length = 300)),
        @AttributeOverride(name = "phoneNumber", column = @Column(name = "billing_phone_number", length = 30))
    })
    private PostalAddress billingAddress;

    @Column(name = "amazon_buyer_id", length = 128)
    private String amazonBuyerId;

    @Column(name = "amazon_linked_at")
    private Instant amazonLinkedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the member proved the address (its link, or Amazon gave it); null: it signs in by password nowhere yet. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When an admin disabled the member: it signs in nowhere until enabled. Null: enabled. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** Moves on when every session of the member is to end (MemberSessions). */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Version
    private long version;

    protected Member() {
        // for JPA
    }

    public Member(
            String email,
            String name,
            String phoneNumber,
            PostalAddress address,
            PostalAddress billingAddress,
            Instant now) {
        this.email = normalizeEmail(email);
        this.name = Objects.requireNonNull(name, "name").strip();
        this.phoneNumber = phoneNumber;
        this.address = address;
        this.billingAddress = billingAddress;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Emails compare without regard to case or surrounding space. */
    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    public void linkAmazon(String buyerId, Instant now) {
        this.amazonBuyerId = Objects.requireNonNull(buyerId, "buyerId");
        this.amazonLinkedAt = now;
        this.updatedAt = now;
    }

    public void unlinkAmazon(Instant now) {
        this.amazonBuyerId = null;
        this.amazonLinkedAt = null;
        this.updatedAt = now;
    }

    public void verifyEmail(Instant now) {
        this.emailVerifiedAt = now;
        this.updatedAt = now;
    }

    /** The member proved the new address by the link mailed to it: it is theirs, and verified. */
    public void changeEmail(String newEmail, Instant now) {
        this.email = normalizeEmail(newEmail);
        this.emailVerifiedAt = now;
        this.updatedAt = now;
    }

    /** The member's corrected name, phone and shipping address (validated: {@link ProfileChange#problems()}). */
    public void changeProfile(ProfileChange change, Instant now) {
        if (!change.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid profile: " + change.problems());
        }
        this.name = change.name().strip();
        this.phoneNumber = change.cleanPhoneNumber();
        this.address = change.address();
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        if (disabledAt == null) {
            this.disabledAt = now;
            this.updatedAt = now;
        }
    }

    public void enable(Instant now) {
        if (disabledAt != null) {
            this.disabledAt = null;
            this.updatedAt = now;
        }
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /**
     * Where an address goes that its member never proved and its owner then registered: the reserved top-level
     * domain .invalid (RFC 2606) is never delivered nor a real member's, and the id keeps it unique.
     */
    private static final String RELEASED_ADDRESS_DOMAIN = "@released.invalid";

    /** An address no registration may take: the shop's own stand-in for a released one. */
    public static boolean isReservedEmail(String email) {
        return normalizeEmail(email).endsWith(".invalid");
    }

    /**
     * The member (linked to Amazon, so kept) gives up the address it never proved, for the registration of its owner.
     */
    public void releaseUnprovedEmail(Instant now) {
        if (isEmailVerified()) {
            throw new IllegalStateException("A proved address stays its member's");
        }
        this.email = "released-" + id + RELEASED_ADDRESS_DOMAIN;
        this.updatedAt = now;
    }

    /** False once the member gave up an address it never proved: nothing is mailed, nobody signs in by password. */
    public boolean hasEmail() {
        return !email.endsWith(RELEASED_ADDRESS_DOMAIN);
    }

    /**
     * An unverified registration nobody can use yet (no proved address, no Amazon account): a later registration of the
     * same address replaces it, so that typing someone else's address first blocks nobody.
     */
    public boolean isUnclaimed() {
        return emailVerifiedAt == null && amazonBuyerId == null;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Ends every session that began before now: they remember an older generation. */
    public int endSessions(Instant now) {
        this.updatedAt = now;
        return ++sessionGeneration;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getName() {
        return name;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public Optional<PostalAddress> getBillingAddress() {
        return Optional.ofNullable(billingAddress);
    }

    public Optional<String> getAmazonBuyerId() {
        return Optional.ofNullable(amazonBuyerId);
    }

    public Instant getAmazonLinkedAt() {
        return amazonLinkedAt;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Member[" + id + "]";
    }
}
