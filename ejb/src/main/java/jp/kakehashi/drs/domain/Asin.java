package jp.kakehashi.drs.domain;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Amazon's product identifier as DRS uses it: 10 capital letters or digits. The one home of that rule. */
public final class Asin {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{10}");

    private Asin() {}

    public static boolean isAsin(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** @throws IllegalArgumentException naming every one that is not an ASIN */
    public static void requireAll(Collection<String> asins, String of) {
        List<String> bad = asins.stream().filter(asin -> !isAsin(asin)).toList();
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException(
                    of + ": not ASINs (10 capital letters or digits): " + String.join(", ", bad));
        }
    }
}
