package jp.kakehashi.admin.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdminGroupsTest {

    @Test
    void aBasicRegistryGroupMatchesByItsName() {
        assertTrue(AdminGroups.matches("group:KakehashiRealm/kakehashi-admins", "kakehashi-admins"));
        assertFalse(AdminGroups.matches("group:KakehashiRealm/kakehashi-admins-old", "kakehashi-admins"));
        assertFalse(AdminGroups.matches("group:KakehashiRealm/shoppers", "kakehashi-admins"));
    }

    @Test
    void anLdapGroupMatchesByItsWholeDistinguishedNameOnly() {
        String ldap = "group:ldap.example.jp:389/cn=kakehashi-admins,ou=groups,dc=example,dc=jp";

        assertTrue(AdminGroups.matches(ldap, "CN=kakehashi-admins, ou=groups, dc=example, dc=jp"));
        assertFalse(AdminGroups.matches(ldap, "kakehashi-admins"), "a group of that name elsewhere must not do");
        assertFalse(AdminGroups.matches(
                "group:ldap.example.jp:389/cn=kakehashi-admins,ou=self-service,dc=example,dc=jp",
                "cn=kakehashi-admins,ou=groups,dc=example,dc=jp"));
    }

    @Test
    void nothingMatchesAnEmptySetting() {
        assertFalse(AdminGroups.matches("group:KakehashiRealm/kakehashi-admins", " "));
        assertFalse(AdminGroups.matches(null, "kakehashi-admins"));
    }
}
