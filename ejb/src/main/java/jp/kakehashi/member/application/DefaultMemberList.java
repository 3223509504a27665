package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.member.domain.Member;
import jp.kakehashi.shared.paging.KeysetQuery;
import jp.kakehashi.shared.paging.ListCursor;
import jp.kakehashi.shared.paging.ListPage;
import jp.kakehashi.shared.paging.PageRequest;

/** Reads each page straight from the member table: the indexes of V24 make each page an index range scan. */
@Stateless
public class DefaultMemberList implements MemberList {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public ListPage<MemberOverview> members(MemberFilter filter, PageRequest page) {
        KeysetQuery<Member> query = KeysetQuery.byTime(Member.class, "members", "createdAt", "id", true)
                .contains(filter.search(), "email", "name", "amazonBuyerId")
                .within("createdAt", filter.period());
        if (filter.amazon() != null) {
            query.where(
                    filter.amazon() == MemberFilter.AmazonLink.LINKED
                            ? "x.amazonBuyerId IS NOT NULL"
                            : "x.amazonBuyerId IS NULL");
        }
        return query.page(entityManager, page, member -> ListCursor.of(member.getCreatedAt(), member.getId()))
                .map(MemberOverview::of);
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("SELECT COUNT(m) FROM Member m", Long.class)
                .getSingleResult();
    }
}
