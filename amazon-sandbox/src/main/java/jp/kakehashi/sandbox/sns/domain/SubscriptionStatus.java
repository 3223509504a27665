package jp.kakehashi.sandbox.sns.domain;

/** Where a subscription stands; only confirmed subscriptions receive notifications. */
public enum SubscriptionStatus {
    PENDING_CONFIRMATION("pending"),
    CONFIRMED("confirmed"),
    UNSUBSCRIBED("unsubscribed");

    private final String label;

    SubscriptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
