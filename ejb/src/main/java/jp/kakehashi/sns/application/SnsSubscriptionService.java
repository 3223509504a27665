package jp.kakehashi.sns.application;

import java.util.List;
import java.util.Optional;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsSubscription;

/** What SNS told us about our subscriptions, kept for admins. */
public interface SnsSubscriptionService {

    void confirmationRequested(SnsMessage subscriptionConfirmation);

    void confirmed(String topicArn, String subscriptionArn);

    void confirmationFailed(String topicArn, String error);

    void unsubscribed(SnsMessage unsubscribeConfirmation);

    Optional<SnsSubscription> findSubscription(String topicArn);

    List<SnsSubscription> listSubscriptions();
}
