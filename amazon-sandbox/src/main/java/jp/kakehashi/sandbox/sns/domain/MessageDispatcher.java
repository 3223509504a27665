package jp.kakehashi.sandbox.sns.domain;

/** Hands a signed message to the delivery to one subscription's endpoint (asynchronously, with retries). */
public interface MessageDispatcher {

    void dispatch(SnsMessage signed, Subscription subscription);
}
