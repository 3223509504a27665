package jp.kakehashi.member.application;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kakehashi.shared.crypto.Secrets;

/**
 * Whether a visitor may cause one more mail (a verification link, an "already registered" notice): at most
 * {@code maxPerSource} from one source and {@code maxOverall} shop-wide within the window, besides the per-address cap.
 * A maximum of 0 turns that limit off. Sources matching {@code unlimitedSources} (a shop's own office or monitor) are
 * not counted per source; the overall limit still holds for them.
 */
public final class MailLimiter {

    /** Which limit a mail would pass. */
    public enum Limit {
        SOURCE,
        OVERALL
    }

    /** The mails sent within the window, as the store counts them (every server of a cluster sees the same). */
    public interface SentMails {
        long fromSource(String sourceHash, Instant since);

        long overall(Instant since);
    }

    private final int maxPerSource;
    private final int maxOverall;
    private final Duration window;
    private final Pattern unlimitedSources;

    public MailLimiter(int maxPerSource, int maxOverall, Duration window, Pattern unlimitedSources) {
        if (maxPerSource < 0 || maxOverall < 0 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Mail limits must be 0 (off) or more, within a positive window");
        }
        this.maxPerSource = maxPerSource;
        this.maxOverall = maxOverall;
        this.window = window;
        this.unlimitedSources = unlimitedSources;
    }

    /** The limit one more mail from this source (null: not known) would pass, or empty when it may be sent. */
    public Optional<Limit> reached(String source, Instant now, SentMails sent) {
        Instant since = now.minus(window);
        String sourceHash = sourceHash(source);
        if (maxPerSource > 0
                && sourceHash != null
                && !isUnlimited(source)
                && sent.fromSource(sourceHash, since) >= maxPerSource) {
            return Optional.of(Limit.SOURCE);
        }
        if (maxOverall > 0 && sent.overall(since) >= maxOverall) {
            return Optional.of(Limit.OVERALL);
        }
        return Optional.empty();
    }

    public Duration window() {
        return window;
    }

    private boolean isUnlimited(String source) {
        return unlimitedSources != null
                && unlimitedSources.matcher(source.strip()).matches();
    }

    /**
     * The source as counted and stored: hashed, so that no client address is kept; an IPv6 address by its /64 prefix
     * (what one subscriber is usually given), an IPv4 address by itself. Null for an unknown source.
     */
    public static String sourceHash(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        return Secrets.sha256Hex(grouped(source.strip()));
    }

    static String grouped(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!bare.matches("[0-9A-Fa-f:.]+")) {
            return bare; // not an address: counted as it is, and never looked up as a host name
        }
        try {
            InetAddress parsed = InetAddress.getByName(bare);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return bare;
        }
    }
}
