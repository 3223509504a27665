package jp.kakehashi.sandbox.pay.buyer;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every buyer who can sign in: the three fixed test buyers, and copies of them that tests add so that each test run
 * has Amazon accounts of its own (a shop remembers buyerIds across runs).
 */
@ApplicationScoped
public class TestBuyerDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<TestBuyer> added = new CopyOnWriteArrayList<>();

    public List<TestBuyer> all() {
        List<TestBuyer> all = new ArrayList<>(TestBuyers.ALL);
        all.addAll(added);
        return all;
    }

    public Optional<TestBuyer> byKey(String key) {
        return all().stream().filter(buyer -> buyer.key().equals(key)).findFirst();
    }

    public Optional<TestBuyer> byBuyerId(String buyerId) {
        return all().stream().filter(buyer -> buyer.buyerId().equals(buyerId)).findFirst();
    }

    /** A new buyer like the template, with a buyerId and an email of its own. */
    public TestBuyer addCopyOf(TestBuyer template) {
        return addCopyOf(template, null, null);
    }

    /**
     * The same, with another name and first address line where they are not null: Amazon passes on whatever its
     * customers typed, so tests can see what Kakehashi makes of any text there.
     */
    public TestBuyer addCopyOf(TestBuyer template, String name, String addressLine1) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String suffix = HexFormat.of().formatHex(random);
        String email = template.email().replaceFirst("@", "+" + suffix + "@");
        TestBuyer copy = new TestBuyer(
                template.key() + "-" + suffix,
                "amzn1.account.AE" + suffix.toUpperCase(Locale.ROOT) + "COPY",
                name == null ? template.name() : name,
                email,
                template.postalCode(),
                template.countryCode(),
                template.phoneNumber(),
                withLine1(template.shippingAddress(), addressLine1),
                withLine1(template.billingAddress(), addressLine1),
                template.primeMembershipTypes());
        added.add(copy);
        return copy;
    }

    private static Address withLine1(Address address, String addressLine1) {
        if (address == null || addressLine1 == null) {
            return address;
        }
        return new Address(
                address.name(),
                addressLine1,
                address.addressLine2(),
                address.addressLine3(),
                address.city(),
                address.county(),
                address.district(),
                address.stateOrRegion(),
                address.postalCode(),
                address.countryCode(),
                address.phoneNumber());
    }
}
