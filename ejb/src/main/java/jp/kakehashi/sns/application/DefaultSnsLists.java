package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.shared.paging.KeysetQuery;
import jp.kakehashi.shared.paging.ListCursor;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;

/** Reads each list's page straight from its table: the indexes of V24 make each page an index range scan. */
@Stateless
public class DefaultSnsLists implements SnsLists {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public ListPage<ReceptionOverview> receptions(ReceptionFilter filter, PageRequest page) {
        return KeysetQuery.byTime(SnsNotification.class, "receptions", "receivedAt", "messageId", false)
                .contains(filter.search(), "messageId", "topicArn", "subject")
                .within("receivedAt", filter.period())
                .page(
                        entityManager,
                        page,
                        notification -> ListCursor.of(notification.getReceivedAt(), notification.getMessageId()))
                .map(notification -> new ReceptionOverview(
                        notification.getMessageId(),
                        notification.getTopicArn(),
                        notification.getSubject(),
                        notification.getSentAt(),
                        notification.getReceivedAt()));
    }

    @Override
    public ListPage<ParkedOverview> parked(ParkedFilter filter, PageRequest page) {
        return KeysetQuery.byTime(ParkedNotification.class, "parked", "parkedAt", "snsMessageId", false)
                .contains(filter.search(), "snsMessageId", "topicArn", "reason")
                .within("parkedAt", filter.period())
                .page(entityManager, page, parked -> ListCursor.of(parked.getParkedAt(), parked.getSnsMessageId()))
                .map(parked -> new ParkedOverview(
                        parked.getSnsMessageId(), parked.getTopicArn(), parked.getReason(), parked.getParkedAt()));
    }
}
