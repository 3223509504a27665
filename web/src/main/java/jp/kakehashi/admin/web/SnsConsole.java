package jp.kakehashi.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.admin.application.ParkedNotificationAdministration;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.shared.web.Pages;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.application.SnsSubscriptionService;
import jp.kakehashi.sns.application.SubscriptionConfirmation;
import jp.kakehashi.sns.application.SubscriptionConfirmationException;
import jp.kakehashi.sns.domain.SnsSubscription;
import jp.kakehashi.sns.web.SnsReceptions;

/** The SNS page: subscriptions and "confirm again" (confirmed), the last deliveries with their verdicts, parked ones by reason (the full lists are ReceptionList's and ParkedList's). */
@Named
@ViewScoped
public class SnsConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnsSubscriptionService subscriptions;

    @Inject
    private SubscriptionConfirmation confirmation;

    @Inject
    private SnsReceptions receptions;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ParkedNotificationAdministration parked;

    @Inject
    private Administrator administrator;

    public List<SnsSubscription> getSubscriptions() {
        return subscriptions.listSubscriptions();
    }

    public List<SnsReceptions.Reception> getReceptions() {
        return receptions.newest();
    }

    public List<SnsNotificationService.ParkedReason> getParkedReasons() {
        return parked.reasons();
    }

    public String reprocessAll(String reason) {
        ParkedNotificationAdministration.ReprocessedCounts counts =
                parked.reprocessAll(reason, administrator.getName());
        Pages.infoFormatted("admin.sns.reprocessed-all", counts.applied(), counts.stillParked());
        return "/admin/sns?faces-redirect=true";
    }

    private String confirmingTopic;

    public void requestConfirmAgain(String topicArn) {
        confirmingTopic = topicArn;
    }

    public void cancel() {
        confirmingTopic = null;
    }

    public String confirmAgain() {
        String topicArn = confirmingTopic;
        confirmingTopic = null;
        if (topicArn == null
                || subscriptions
                        .findSubscription(topicArn)
                        .map(SnsSubscription::getSubscribeUrl)
                        .isEmpty()) {
            Pages.error("admin.sns.no-subscribe-url");
            return null;
        }
        String outcome = "failed";
        try {
            SnsSubscription after = confirmation.confirm(topicArn);
            outcome = after.getStatus().name();
            if (after.getStatus() == SnsSubscription.Status.CONFIRMED) {
                Pages.info("admin.sns.confirmed");
            } else {
                Pages.errorWithDetail("admin.sns.not-confirmed", after.getLastError());
            }
        } catch (SubscriptionConfirmationException e) {
            Pages.errorWithDetail("admin.sns.not-confirmed", e.getMessage());
        } finally {
            // SNS was asked, whatever it answered: that is on the record.
            auditTrail.record(administrator.getName(), AdminAction.CONFIRM_SUBSCRIPTION, topicArn, outcome);
        }
        return "/admin/sns?faces-redirect=true";
    }

    public String getConfirmingTopic() {
        return confirmingTopic;
    }
}
