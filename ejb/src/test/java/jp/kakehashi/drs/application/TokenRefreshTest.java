package jp.kakehashi.drs.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import jp.kakehashi.drs.application.TokenExchangeRefusedException.Reason;
import jp.kakehashi.drs.domain.Device;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.shared.activity.ActivityLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The refresh's rules, with Login with Amazon and the database played by mocks. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class TokenRefreshTest {

    private static final String MODEL = "KAKEHASHI_COFFEE_01";
    private static final String SERIAL = "KCF01-00000001";
    private static final TokenGrant GRANT = new TokenGrant("Atza|a", "Atzr|r", Instant.parse("2026-12-01T00:00:00Z"));
    private static final long DEVICE = 42;
    private static final long VERSION = 3;

    @Mock
    private LoginWithAmazon loginWithAmazon;

    @Mock
    private DeviceRecords deviceRecords;

    @Mock
    private ActivityLog activityLog;

    @InjectMocks
    private TokenRefresh tokenRefresh;

    private void storedTokens(boolean inDoubt) {
        DeviceTokens tokens = mock(DeviceTokens.class);
        when(tokens.getVersion()).thenReturn(VERSION);
        when(tokens.isRefreshInDoubt()).thenReturn(inDoubt);
        when(deviceRecords.tokensOf(DEVICE)).thenReturn(Optional.of(tokens));
        when(deviceRecords.openTokens(DEVICE)).thenReturn(GRANT);
        Device device = mock(Device.class);
        when(device.getModelId()).thenReturn(MODEL);
        when(device.getSerialNumber()).thenReturn(SERIAL);
        when(deviceRecords.device(DEVICE)).thenReturn(Optional.of(device));
    }

    @Test
    void aRefreshWhoseAnswerWasLostLeavesTheTokensActiveAndInDoubt() {
        storedTokens(false);
        when(loginWithAmazon.refresh("Atzr|r")).thenThrow(new LoginWithAmazonAnswerLostException("cut"));

        assertFalse(tokenRefresh.refresh(DEVICE));

        verify(deviceRecords).recordRefreshFailure(eq(DEVICE), eq(VERSION), anyString(), any(), eq(true));
        verify(deviceRecords, never()).recordRefused(anyLong(), anyLong(), anyString());
    }

    @Test
    void aRefusalWithNoDoubtBeforeItMeansTheDeviceNeedsSettingUpAgain() {
        storedTokens(false);
        when(loginWithAmazon.refresh("Atzr|r"))
                .thenThrow(new TokenExchangeRefusedException(Reason.INVALID_GRANT, "invalid_grant"));

        assertFalse(tokenRefresh.refresh(DEVICE));

        verify(deviceRecords).recordRefused(eq(DEVICE), eq(VERSION), anyString());
    }

    @Test
    void aRefusalAfterALostAnswerRecoversByPreRegistration() {
        storedTokens(true);
        when(loginWithAmazon.refresh("Atzr|r"))
                .thenThrow(new TokenExchangeRefusedException(Reason.INVALID_GRANT, "invalid_grant"));
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL)).thenReturn(GRANT);
        when(deviceRecords.recordRefresh(DEVICE, VERSION, GRANT)).thenReturn(true);

        assertTrue(tokenRefresh.refresh(DEVICE));

        verify(deviceRecords, never()).recordRefused(anyLong(), anyLong(), anyString());
    }

    @Test
    void aRefusalAfterALostAnswerWithoutPreRegistrationCountsOnlyWhenRepeated() {
        storedTokens(true);
        when(loginWithAmazon.refresh("Atzr|r"))
                .thenThrow(new TokenExchangeRefusedException(Reason.INVALID_GRANT, "invalid_grant"));
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL))
                .thenThrow(new TokenExchangeRefusedException(Reason.DEVICE_NOT_PRE_REGISTERED, "invalid_grant"));

        assertFalse(tokenRefresh.refresh(DEVICE));

        verify(deviceRecords).recordDoubtSettled(eq(DEVICE), eq(VERSION), anyString(), any());
        verify(deviceRecords, never()).recordRefused(anyLong(), anyLong(), anyString());
    }

    @Test
    void aRefreshThatFindsItsTokensChangedStoresNothingOverThem() {
        storedTokens(false);
        when(loginWithAmazon.refresh("Atzr|r")).thenReturn(GRANT);
        when(deviceRecords.recordRefresh(DEVICE, VERSION, GRANT)).thenReturn(false);

        assertFalse(tokenRefresh.refresh(DEVICE));
        verify(deviceRecords, never()).recordRefreshFailure(anyLong(), anyLong(), anyString(), any(), anyBoolean());
    }

    @Test
    void aRefusalOfOtherThanTheGrantIsRetriedLaterWithoutSettingUpAgain() {
        storedTokens(false);
        when(loginWithAmazon.refresh("Atzr|r"))
                .thenThrow(new TokenExchangeRefusedException(Reason.INVALID_CLIENT, "invalid_client"));

        assertFalse(tokenRefresh.refresh(DEVICE));

        verify(deviceRecords).recordRefreshFailure(eq(DEVICE), eq(VERSION), eq("invalid_client"), any(), eq(false));
        verify(deviceRecords, never()).recordRefused(anyLong(), anyLong(), anyString());
    }

    @Test
    void aFailureThatIsNotLoginWithAmazonsIsNotTakenForOne() {
        storedTokens(false);
        when(loginWithAmazon.refresh("Atzr|r")).thenThrow(new IllegalStateException("bug"));

        assertThrows(IllegalStateException.class, () -> tokenRefresh.refresh(DEVICE));
        verify(deviceRecords, never()).recordRefreshFailure(anyLong(), anyLong(), anyString(), any(), anyBoolean());
    }
}
