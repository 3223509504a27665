package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One password attempt, recorded before the password is checked: what the sign-in throttle counts. */
@Entity
@Table(name = "sign_in_attempt")
@NamedQuery(
        name = SignInAttempt.COUNT_PAIR,
        query = "SELECT COUNT(a) FROM SignInAttempt a WHERE a.pairKey = :key AND a.attemptedAt > :since")
@NamedQuery(
        name = SignInAttempt.COUNT_ADDRESS,
        query = "SELECT COUNT(a) FROM SignInAttempt a WHERE a.addressKey = :key AND a.attemptedAt > :since")
@NamedQuery(
        name = SignInAttempt.COUNT_ACCOUNT,
        query = "SELECT COUNT(a) FROM SignInAttempt a WHERE a.pairKey LIKE :key AND a.attemptedAt > :since")
@NamedQuery(name = SignInAttempt.FORGET_PAIR, query = "DELETE FROM SignInAttempt a WHERE a.pairKey = :key")
@NamedQuery(name = SignInAttempt.FORGET_BEFORE, query = "DELETE FROM SignInAttempt a WHERE a.attemptedAt <= :before")
public class SignInAttempt {

    public static final String COUNT_PAIR = "SignInAttempt.countPair";
    public static final String COUNT_ADDRESS = "SignInAttempt.countAddress";
    public static final String COUNT_ACCOUNT = "SignInAttempt.countAccount";
    public static final String FORGET_PAIR = "SignInAttempt.forgetPair";
    public static final String FORGET_BEFORE = "SignInAttempt.forgetBefore";

    @Id
    @SequenceGenerator(name = "sign_in_attempt_seq", sequenceName = "sign_in_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_attempt_seq")
    private Long id;

    @Column(name = "pair_key", nullable = false, length = 200)
    private String pairKey;

    @Column(name = "address_key", nullable = false, length = 100)
    private String addressKey;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected SignInAttempt() {
        // for JPA
    }

    public SignInAttempt(String pairKey, String addressKey, Instant attemptedAt) {
        this.pairKey = pairKey;
        this.addressKey = addressKey;
        this.attemptedAt = attemptedAt;
    }

    public Long getId() {
        return id;
    }
}
