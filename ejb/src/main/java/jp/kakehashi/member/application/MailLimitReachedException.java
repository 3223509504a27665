package jp.kakehashi.member.application;

import jakarta.ejb.ApplicationException;

/** One more mail would pass a {@link MailLimiter} limit: nothing was stored and nothing is sent. */
@ApplicationException(rollback = true)
public class MailLimitReachedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final MailLimiter.Limit limit;

    public MailLimitReachedException(MailLimiter.Limit limit) {
        super("Mail limit reached: " + limit);
        this.limit = limit;
    }

    public MailLimiter.Limit limit() {
        return limit;
    }
}
