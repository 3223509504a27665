package jp.kakehashi.admin.application.lists;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.admin.application.MemberOverview;
import jp.kakehashi.admin.domain.AuditEntry;
import jp.kakehashi.drs.domain.DrsCall;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.shared.paging.KeysetQuery;
import jp.kakehashi.shared.paging.ListCursor;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;
import jp.kakehashi.sns.domain.ParkedNotification;
import jp.kakehashi.sns.domain.SnsNotification;

/** Reads each list's page straight from its table: the indexes of V24 make each page an index range scan. */
@Stateless
public class DefaultAdminLists implements AdminLists {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public ListPage<MemberOverview> members(Filters.Members filter, PageRequest page) {
        KeysetQuery<Member> query = KeysetQuery.byTime(Member.class, "members", "createdAt", "id", true)
                .contains(filter.search(), "email", "name", "amazonBuyerId")
                .within("createdAt", filter.period());
        if (filter.amazon() != null) {
            query.where(
                    filter.amazon() == Filters.AmazonLink.LINKED
                            ? "x.amazonBuyerId IS NOT NULL"
                            : "x.amazonBuyerId IS NULL");
        }
        return query.page(entityManager, page, member -> ListCursor.of(member.getCreatedAt(), member.getId()))
                .map(MemberOverview::of);
    }

    @Override
    public ListPage<AuditEntry> audit(Filters.Audit filter, PageRequest page) {
        return KeysetQuery.byTime(AuditEntry.class, "audit", "occurredAt", "id", true)
                .equal(
                        "action",
                        filter.action() == null ? null : filter.action().name())
                .contains(filter.search(), "actor", "target", "detail")
                .within("occurredAt", filter.period())
                .page(entityManager, page, entry -> ListCursor.of(entry.getOccurredAt(), entry.getId()));
    }

    @Override
    public ListPage<ReceptionOverview> receptions(Filters.Receptions filter, PageRequest page) {
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
    public ListPage<ParkedOverview> parked(Filters.Parked filter, PageRequest page) {
        return KeysetQuery.byTime(ParkedNotification.class, "parked", "parkedAt", "snsMessageId", false)
                .contains(filter.search(), "snsMessageId", "topicArn", "reason")
                .within("parkedAt", filter.period())
                .page(entityManager, page, parked -> ListCursor.of(parked.getParkedAt(), parked.getSnsMessageId()))
                .map(parked -> new ParkedOverview(
                        parked.getSnsMessageId(), parked.getTopicArn(), parked.getReason(), parked.getParkedAt()));
    }

    @Override
    public ListPage<DrsCallOverview> drsCalls(Filters.DrsCalls filter, PageRequest page) {
        KeysetQuery<DrsCall> query = KeysetQuery.byTime(DrsCall.class, "drs-calls", "calledAt", "id", true)
                .equal("deviceId", filter.deviceId())
                .contains(filter.search(), "endpoint", "outcome", "requestId")
                .within("calledAt", filter.period());
        if (filter.outcome() != null) {
            // DrsCall.isOk(): Amazon took the call when its outcome begins with OK
            query.where(
                    filter.outcome() == Filters.CallOutcome.OK ? "x.outcome LIKE 'OK%'" : "x.outcome NOT LIKE 'OK%'");
        }
        return query.page(entityManager, page, call -> ListCursor.of(call.getCalledAt(), call.getId()))
                .map(call -> new DrsCallOverview(
                        call.getId(),
                        call.getDeviceId(),
                        call.getEndpoint(),
                        call.getSlotId(),
                        call.getHttpStatus(),
                        call.getRequestId(),
                        call.getOutcome(),
                        call.getCalledAt(),
                        call.getDurationMillis(),
                        call.isOk()));
    }
}
