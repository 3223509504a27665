package jp.kakehashi.member.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import jp.kakehashi.member.application.ApiTokens;
import jp.kakehashi.shared.security.BearerTokens;

/** The sign-in's view of {@link ApiTokens}: a token signs in as its member, a device's naming the device. */
@ApplicationScoped
public class MemberBearerTokens implements BearerTokens {

    @Inject
    private ApiTokens apiTokens;

    @Override
    public Optional<BearerCaller> authenticate(String token) {
        return apiTokens
                .authenticate(token)
                .map(caller -> new BearerCaller(
                        String.valueOf(caller.memberId()),
                        Set.of(MemberIdentityStore.MEMBER_GROUP),
                        caller.deviceScope()));
    }
}
