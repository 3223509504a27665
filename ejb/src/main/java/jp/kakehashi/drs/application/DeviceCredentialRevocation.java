package jp.kakehashi.drs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.kakehashi.drs.domain.DeviceOwnershipChanged;
import jp.kakehashi.member.application.ApiTokens;

/**
 * A device that left its member takes no credential of theirs along: its device credentials are revoked in the
 * transaction of the change (removal, Amazon's registration to another customer, a setup by the registered customer).
 */
@ApplicationScoped
public class DeviceCredentialRevocation {

    @Inject
    private ApiTokens apiTokens;

    void revoke(@Observes DeviceOwnershipChanged change) {
        apiTokens.revokeDeviceCredentials(change.modelId(), change.serialNumber());
    }
}
