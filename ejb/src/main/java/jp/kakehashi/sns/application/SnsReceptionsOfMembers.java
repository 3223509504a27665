package jp.kakehashi.sns.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kakehashi.member.application.MemberDataHolder;

/**
 * SNS receptions as received name the Amazon customer a device was registered to: a deleted member's buyerId leaves
 * them (the receptions stay until retention prunes them: their MessageId de-duplicates SNS's retries).
 */
@Stateless
public class SnsReceptionsOfMembers implements MemberDataHolder {

    static final String FORGOTTEN_CUSTOMER = "deleted-member";

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public void forget(long memberId, String email, String amazonBuyerId) {
        if (amazonBuyerId != null) {
            entityManager
                    .createQuery("UPDATE SnsNotification n SET n.body = REPLACE(n.body, :buyerId, :forgotten) "
                            + "WHERE LOCATE(:buyerId, n.body) > 0")
                    .setParameter("buyerId", amazonBuyerId)
                    .setParameter("forgotten", FORGOTTEN_CUSTOMER)
                    .executeUpdate();
        }
    }
}
