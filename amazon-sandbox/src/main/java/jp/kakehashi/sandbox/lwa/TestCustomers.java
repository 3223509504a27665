package jp.kakehashi.sandbox.lwa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kakehashi.sandbox.lwa.domain.TestCustomer;

/** The Amazon customers who can sign in on the consent page. */
@ApplicationScoped
public class TestCustomers {

    private final List<TestCustomer> customers = LwaSeedData.customers();

    /** The customer with this e-mail address (any case) and password. */
    public Optional<TestCustomer> signIn(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return customers.stream()
                .filter(customer -> customer.email().equals(normalized)
                        && customer.password().equals(password))
                .findFirst();
    }

    public List<TestCustomer> all() {
        return customers;
    }
}
