package jp.kakehashi.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds a side-lane class ({@link OnServersOfItsOwn}) until the test server is ready: its own servers' starts would
 * otherwise compete for the CPU with the test server's, which every class of the main lane is waiting for.
 */
public final class AfterTheTestServerIsReady implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        KakehashiServer.awaitReady();
    }
}
