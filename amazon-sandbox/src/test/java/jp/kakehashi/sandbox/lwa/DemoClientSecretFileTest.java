package jp.kakehashi.sandbox.lwa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoClientSecretFileTest {

    @TempDir
    Path dir;

    @Test
    void aSecretIsGeneratedOnceAndReused() throws Exception {
        Path lwaDir = dir.resolve("lwa");

        String first = DemoClientSecretFile.loadOrCreate(lwaDir, "client-a");
        String again = DemoClientSecretFile.loadOrCreate(lwaDir, "client-a");

        assertEquals(first, again);
        assertTrue(first.matches("[0-9a-f]{64}"), first);
        String file = Files.readString(lwaDir.resolve("demo-client.properties"));
        assertTrue(file.contains("client_id=client-a") && file.contains("client_secret=" + first), file);
    }

    @Test
    void anotherClientIdGetsANewSecret() {
        String first = DemoClientSecretFile.loadOrCreate(dir, "client-a");

        assertNotEquals(first, DemoClientSecretFile.loadOrCreate(dir, "client-b"));
    }

    @Test
    void theDemoClientAuthenticatesWithTheKeptSecret() {
        LwaFixture lwa = new LwaFixture(dir);

        assertEquals(
                LwaFixture.DEMO_CLIENT_ID,
                lwa.clients
                        .authenticate(LwaFixture.DEMO_CLIENT_ID, lwa.demoSecret())
                        .clientId());
        assertEquals(lwa.demoSecret(), new LwaFixture(dir).demoSecret());
    }
}
