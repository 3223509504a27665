package jp.kakehashi.member.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import jp.kakehashi.member.domain.Member;

@Stateless
public class DefaultMemberSessions implements MemberSessions {

    @PersistenceContext(unitName = "kakehashi")
    private EntityManager entityManager;

    @Override
    public OptionalInt generationOf(long memberId) {
        Member member = entityManager.find(Member.class, memberId);
        return member == null ? OptionalInt.empty() : OptionalInt.of(member.getSessionGeneration());
    }

    @Override
    public int endSessions(long memberId) {
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new NoSuchElementException("No member " + memberId);
        }
        return member.endSessions(Instant.now());
    }
}
