package jp.kakehashi.drs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import jp.kakehashi.drs.application.TokenExchangeRefusedException.Reason;
import jp.kakehashi.drs.domain.DeviceClaimant;
import jp.kakehashi.drs.domain.DeviceModel;
import jp.kakehashi.drs.domain.DeviceTokens;
import jp.kakehashi.drs.domain.TokenGrant;
import jp.kakehashi.shared.activity.ActivityLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The setup's rules, with Login with Amazon and the database played by mocks. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class DeviceSetupTest {

    private static final String MODEL = "KAKEHASHI_COFFEE_01";
    private static final String SERIAL = "KCF01-00000001";
    private static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";
    private static final DeviceClaimant MEMBER = new DeviceClaimant(7, null);
    private static final TokenGrant GRANT = new TokenGrant("Atza|a", "Atzr|r", Instant.parse("2026-12-01T00:00:00Z"));

    @Mock
    private DeviceModelService models;

    @Mock
    private LoginWithAmazon loginWithAmazon;

    @Mock
    private DeviceRecords deviceRecords;

    @Mock
    private ActivityLog activityLog;

    @Mock
    private LoginWithAmazonConfiguration configuration;

    @Mock
    private DashReplenishmentConfiguration drsConfiguration;

    @InjectMocks
    private DeviceSetup deviceSetup;

    @BeforeEach
    void aKnownModelAndTheCustomerAmazonRegisteredTheDeviceToWithAttemptsLeft() {
        when(models.findModel(MODEL))
                .thenReturn(Optional.of(new DeviceModel(MODEL, "Coffee", "KCF01-[0-9]{8}", Set.of())));
        when(models.findModel(TEST_MODEL))
                .thenReturn(Optional.of(new DeviceModel(TEST_MODEL, "Test", "TEST_SERIAL_[0-9]{2}", Set.of())));
        when(drsConfiguration.isTestModel(TEST_MODEL)).thenReturn(true);
        when(deviceRecords.reserveSetupAttempt(any(), anyString(), anyBoolean()))
                .thenReturn(true);
        when(deviceRecords.registeredToAmazonAccountOf(any(), anyString(), anyString()))
                .thenReturn(true);
        when(deviceRecords.mayClaim(any(), anyString(), anyString())).thenReturn(true);
    }

    @Test
    void aMemberNotKnownAsTheRegisteredCustomerGetsTheTeaserWithoutAmazonBeingAsked() {
        when(deviceRecords.registeredToAmazonAccountOf(MEMBER, MODEL, SERIAL)).thenReturn(false);

        assertEquals(DeviceSetup.Outcome.NOT_PRE_REGISTERED, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
        verify(deviceRecords).reserveSetupAttempt(MEMBER, MODEL, false);
        verifyNoInteractions(loginWithAmazon);
        verify(deviceRecords, never()).recordSetUp(any(), any(), any(), any(), any());
    }

    /** Held by another member or free, the stranger's answer is the one for a serial Amazon never pre-registered. */
    @Test
    void aStrangersSetupOfAHeldDeviceAnswersAsForAFreeOne() {
        when(deviceRecords.registeredToAmazonAccountOf(MEMBER, MODEL, SERIAL)).thenReturn(false);
        when(deviceRecords.mayClaim(MEMBER, MODEL, SERIAL)).thenReturn(false);

        assertEquals(DeviceSetup.Outcome.NOT_PRE_REGISTERED, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
        verifyNoInteractions(loginWithAmazon);
    }

    @Test
    void theRegisteredCustomersSetupExchangesThePreRegistration() {
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL)).thenReturn(GRANT);

        assertEquals(DeviceSetup.Outcome.SET_UP, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
        verify(deviceRecords).reserveSetupAttempt(MEMBER, MODEL, true);
        verify(deviceRecords).recordSetUp(MEMBER, MODEL, SERIAL, GRANT, DeviceTokens.ObtainedBy.PRE_REGISTRATION);
    }

    /** Amazon's whitelisted test device orders nothing on anybody's account: no proof needed. */
    @Test
    void theWhitelistedTestDeviceNeedsNoProofOfTheCustomer() {
        when(deviceRecords.registeredToAmazonAccountOf(any(), anyString(), anyString()))
                .thenReturn(false);
        when(loginWithAmazon.exchangePreRegistration(TEST_MODEL, "TEST_SERIAL_01"))
                .thenReturn(GRANT);

        assertEquals(DeviceSetup.Outcome.SET_UP, deviceSetup.setUp(MEMBER, TEST_MODEL, "TEST_SERIAL_01"));
    }

    @Test
    void aDeviceHeldByAnotherMemberIsRefusedBeforeAnAuthorizationCodeIsSpent() {
        when(deviceRecords.mayClaim(MEMBER, MODEL, SERIAL)).thenReturn(false);

        assertEquals(
                DeviceSetup.Outcome.NOT_AVAILABLE,
                deviceSetup.completeAuthorization(MEMBER, MODEL, SERIAL, "code", "uri"));
        verifyNoInteractions(loginWithAmazon);
        verify(deviceRecords, never()).recordSetUp(any(), any(), any(), any(), any());
    }

    @Test
    void aDeviceTakenWhileAmazonAnsweredIsRefusedToo() {
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL)).thenReturn(GRANT);
        when(deviceRecords.recordSetUp(MEMBER, MODEL, SERIAL, GRANT, DeviceTokens.ObtainedBy.PRE_REGISTRATION))
                .thenThrow(new DeviceNotClaimableException("held"));

        assertEquals(DeviceSetup.Outcome.NOT_AVAILABLE, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
    }

    @Test
    void aMemberOverTheAttemptLimitIsRefusedBeforeAmazonIsAsked() {
        when(deviceRecords.reserveSetupAttempt(any(), anyString(), anyBoolean()))
                .thenReturn(false);

        assertEquals(DeviceSetup.Outcome.TOO_MANY_ATTEMPTS, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
        verifyNoInteractions(loginWithAmazon);
    }

    /** The DRS pre-registration guide's pseudo-code: any refused pre-registration exchange opens the teaser. */
    @ParameterizedTest
    @EnumSource(value = Reason.class, names = "INVALID_CLIENT", mode = EnumSource.Mode.EXCLUDE)
    void everyRefusalButBadCredentialsSendsTheMemberToTheTeaser(Reason reason) {
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL))
                .thenThrow(new TokenExchangeRefusedException(reason, "refused"));

        assertEquals(DeviceSetup.Outcome.NOT_PRE_REGISTERED, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
    }

    @Test
    void badClientCredentialsAreAConfigurationError() {
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL))
                .thenThrow(new TokenExchangeRefusedException(Reason.INVALID_CLIENT, "invalid_client"));

        assertEquals(DeviceSetup.Outcome.CONFIGURATION_ERROR, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
    }

    @Test
    void anAuthorizationCodeWhoseAnswerWasLostAsksTheMemberToStartAgain() {
        when(loginWithAmazon.exchangeAuthorizationCode("code", "uri"))
                .thenThrow(new LoginWithAmazonAnswerLostException("cut"));

        assertEquals(
                DeviceSetup.Outcome.ANSWER_LOST,
                deviceSetup.completeAuthorization(MEMBER, MODEL, SERIAL, "code", "uri"));
        verify(deviceRecords, never()).recordSetUp(any(), any(), any(), any(), any());
    }

    @Test
    void aPreRegistrationWhoseAnswerWasLostCanBeAskedAgain() {
        when(loginWithAmazon.exchangePreRegistration(MODEL, SERIAL))
                .thenThrow(new LoginWithAmazonAnswerLostException("cut"));

        assertEquals(DeviceSetup.Outcome.UNAVAILABLE, deviceSetup.setUp(MEMBER, MODEL, SERIAL));
        verify(deviceRecords, never()).recordSetUp(any(), any(), any(), any(), any());
    }
}
