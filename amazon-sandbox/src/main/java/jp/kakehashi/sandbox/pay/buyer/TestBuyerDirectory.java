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
        String suffix = HexFormat.of().formatHex(RANDOM.generateSeed(6));
        String email = template.email().replaceFirst("@", "+" + suffix + "@");
        TestBuyer copy = new TestBuyer(template.key() + "-" + suffix,
                "amzn1.account.AE" + suffix.toUpperCase(Locale.ROOT) + "COPY",
                template.name(), email, template.postalCode(), template.countryCode(), template.phoneNumber(),
                template.shippingAddress(), template.billingAddress(), template.primeMembershipTypes());
        added.add(copy);
        return copy;
    }
}
