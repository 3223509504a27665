package jp.kakehashi.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jp.kakehashi.testsupport.Await;
import jp.kakehashi.testsupport.OnServersOfItsOwn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A notification answered 200 that waits on the queue of a paused consumer when its server ({@link CrashVictim}) is
 * killed with SIGKILL is stored once after the restart: the persistent queue keeps what the answer promised.
 */
@OnServersOfItsOwn
class SnsCrashWhileQueuedCrashIT {

    @RegisterExtension
    final CrashVictim victim = new CrashVictim();

    @Test
    void aNotificationAnswered200AndWaitingOnTheQueueAtTheKillIsStoredOnceAfterTheRestart() throws Exception {
        SnsLoadRig rig = victim.rig();
        String serial = rig.serialBesideTheStream();
        victim.pauseTheConsumer();

        String messageId = rig.publishOne(serial);
        Await.present(() -> rig.deliveries().stream()
                .filter(entry -> entry.getString("messageId").equals(messageId)
                        && entry.containsKey("status")
                        && entry.getInt("status") == 200)
                .findFirst());
        assertTrue(rig.queueDepth("SnsInboundQueue") >= 1, "the notification waits on the queue");
        assertTrue(rig.devices(serial).isEmpty(), "not processed before the kill");

        victim.kill();
        victim.restart();

        JsonObject device = Await.present(() -> rig.devices(serial).stream().findFirst(), CrashVictim.RECOVERY_TIMEOUT);
        assertEquals("PRE_REGISTERED", device.getString("status"));
        assertEquals(1, rig.devices(serial).size(), "stored once");
    }
}
