package jp.kakehashi.sns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.kakehashi.sns.domain.SnsSubscription;

/**
 * Confirms a pending subscription. Not an EJB on purpose: the call to SNS happens outside any transaction, and
 * each outcome is stored in a short transaction of its own.
 */
@ApplicationScoped
public class SubscriptionConfirmation {

    private static final Logger LOG = Logger.getLogger(SubscriptionConfirmation.class.getName());

    @Inject
    private SnsSubscriptionService subscriptions;

    @Inject
    private SubscriptionConfirmer confirmer;

    /**
     * @return the subscription after the attempt
     * @throws SubscriptionConfirmationException when there is nothing to confirm: no request for the topic, or no
     *                                           SubscribeURL known
     */
    public SnsSubscription confirm(String topicArn) {
        SnsSubscription subscription = subscriptions
                .findSubscription(topicArn)
                .orElseThrow(() -> new SubscriptionConfirmationException("No subscription request for " + topicArn));
        if (subscription.getSubscribeUrl() == null) {
            throw new SubscriptionConfirmationException("No SubscribeURL known for " + topicArn);
        }
        try {
            String subscriptionArn = confirmer.confirm(subscription.getSubscribeUrl());
            subscriptions.confirmed(topicArn, subscriptionArn);
            LOG.info(() -> "Confirmed the SNS subscription to " + topicArn);
        } catch (SubscriptionConfirmationException e) {
            subscriptions.confirmationFailed(topicArn, e.getMessage());
            LOG.warning(() -> "Could not confirm the SNS subscription to " + topicArn + ": " + e.getMessage());
        }
        return subscriptions.findSubscription(topicArn).orElseThrow();
    }
}
