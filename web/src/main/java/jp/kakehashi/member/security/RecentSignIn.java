package jp.kakehashi.member.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the member signed in on this browser a moment ago (member.deletion.recent-sign-in): what a member without a
 * password confirms a deletion with. The session began no later than the sign-in (a sign-in keeps the session and
 * changes its id), so a session younger than the limit proves a sign-in at most that long ago.
 */
@RequestScoped
public class RecentSignIn {

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "member.deletion.recent-sign-in")
    Duration recentSignIn;

    private final Clock clock = Clock.systemUTC();

    public boolean isRecent() {
        HttpSession session = request.getSession(false);
        return session != null
                && isWithin(Instant.ofEpochMilli(session.getCreationTime()), clock.instant(), recentSignIn);
    }

    static boolean isWithin(Instant sessionBegan, Instant now, Duration limit) {
        return !sessionBegan.isBefore(now.minus(limit));
    }

    public Duration limit() {
        return recentSignIn;
    }
}
