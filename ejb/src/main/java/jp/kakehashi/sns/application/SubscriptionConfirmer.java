package jp.kakehashi.sns.application;

/** The port that confirms a subscription with SNS: a GET of the SubscribeURL. */
public interface SubscriptionConfirmer {

    /**
     * @return the SubscriptionArn SNS answers with
     * @throws SubscriptionConfirmationException when SNS does not confirm
     */
    String confirm(String subscribeUrl);
}
