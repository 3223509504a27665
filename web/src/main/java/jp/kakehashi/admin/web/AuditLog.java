package jp.kakehashi.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.kakehashi.admin.application.AuditTrail;
import jp.kakehashi.admin.domain.AuditEntry;

import java.util.List;

/** The audit page: the newest admin actions. */
@Named
@RequestScoped
public class AuditLog {

    private static final int SHOWN = 100;

    @Inject
    private AuditTrail auditTrail;

    public List<AuditEntry> getEntries() {
        return auditTrail.newest(0, SHOWN);
    }
}
