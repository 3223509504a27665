package jp.kakehashi.sandbox.lwa.domain;

/** An Amazon customer who can sign in on the sandbox's consent page. */
public record TestCustomer(String email, String password, String name, String directedCustomerId) {

    @Override
    public String toString() {
        return "TestCustomer[" + email + ", " + directedCustomerId + "]";
    }
}
