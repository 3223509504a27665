package jp.kakehashi.admin.security;

import java.util.Locale;

/** How a Liberty group id ({@code group:<realm>/<unique name>}) is matched against the configured admin group. */
final class AdminGroups {

    private AdminGroups() {
    }

    /**
     * True when the unique name is the configured group, or, for LDAP, when the configured value is the group's
     * distinguished name or its first relative name's value ({@code cn=kakehashi-admins,ou=groups,...}).
     */
    static boolean matches(String groupId, String configured) {
        if (groupId == null || configured == null || configured.isBlank()) {
            return false;
        }
        String uniqueName = groupId.startsWith("group:") && groupId.indexOf('/') > 0
                ? groupId.substring(groupId.indexOf('/') + 1) : groupId;
        if (uniqueName.equalsIgnoreCase(configured.strip())) {
            return true;
        }
        int equals = uniqueName.indexOf('=');
        int comma = uniqueName.indexOf(',');
        if (equals > 0 && comma > equals) {
            return uniqueName.substring(equals + 1, comma).strip().toLowerCase(Locale.ROOT)
                    .equals(configured.strip().toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
