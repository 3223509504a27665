package jp.kakehashi.admin.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import jp.kakehashi.admin.domain.AdminAction;
import jp.kakehashi.sns.application.SnsNotificationService;
import jp.kakehashi.sns.application.SnsNotificationService.ParkedReason;
import jp.kakehashi.sns.application.SnsNotificationService.Reprocessed;

@Stateless
public class DefaultParkedNotificationAdministration implements ParkedNotificationAdministration {

    @Inject
    private SnsNotificationService notifications;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext context;

    /** Its own transaction: the notification, its device and the audit line commit together. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reprocessed reprocess(String snsMessageId, String actor) {
        Reprocessed outcome = notifications.reprocessParked(snsMessageId);
        if (outcome != Reprocessed.NOT_PARKED) {
            auditTrail.record(actor, AdminAction.REPROCESS_PARKED_NOTIFICATION, snsMessageId, outcome.name());
        }
        return outcome;
    }

    /** No transaction of its own: one notification that fails does not undo the others. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReprocessedCounts reprocessAll(String reason, String actor) {
        ParkedNotificationAdministration self = context.getBusinessObject(ParkedNotificationAdministration.class);
        int applied = 0;
        int stillParked = 0;
        for (String messageId : notifications.parkedWithReason(reason, MAX_PER_REASON)) {
            switch (self.reprocess(messageId, actor)) {
                case APPLIED -> applied++;
                case STILL_PARKED -> stillParked++;
                case NOT_PARKED -> {
                    // another admin took it meanwhile
                }
            }
        }
        return new ReprocessedCounts(applied, stillParked);
    }

    @Override
    public List<ParkedReason> reasons() {
        return notifications.parkedReasons();
    }
}
