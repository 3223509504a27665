package jp.kakehashi.admin.security;

import java.util.Locale;

/** How a Liberty group id ({@code group:<realm>/<unique name>}) is matched against the configured admin group. */
final class AdminGroups {

    private AdminGroups() {}

    /**
     * True when the group's unique name is the configured one: a basic registry group's name, an LDAP group's whole
     * distinguished name. Never a bare common name for LDAP: any group of that name anywhere under the base DN would
     * make its members admins.
     */
    static boolean matches(String groupId, String configured) {
        if (groupId == null || configured == null || configured.isBlank()) {
            return false;
        }
        String uniqueName = groupId.startsWith("group:") && groupId.indexOf('/') > 0
                ? groupId.substring(groupId.indexOf('/') + 1)
                : groupId;
        return normalized(uniqueName).equals(normalized(configured));
    }

    /** Distinguished names compare without case and without the spaces around their commas. */
    private static String normalized(String name) {
        return name.strip().replaceAll("\\s*,\\s*", ",").toLowerCase(Locale.ROOT);
    }
}
