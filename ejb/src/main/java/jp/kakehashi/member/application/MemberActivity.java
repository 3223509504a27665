package jp.kakehashi.member.application;

import java.util.List;

/** The recent audit lines about a member (a port: the admin feature, which keeps the audit trail, implements it). */
public interface MemberActivity {

    List<MemberData.ActivityEntry> recent(long memberId, int max);
}
