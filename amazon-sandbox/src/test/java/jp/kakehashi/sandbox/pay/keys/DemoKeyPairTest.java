package jp.kakehashi.sandbox.pay.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.pay.api.PayConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import jp.kakehashi.sandbox.pay.signature.AmazonPayAlgorithm;
import jp.kakehashi.sandbox.pay.signature.PssSignatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoKeyPairTest {

    @TempDir
    Path folder;

    @Test
    void theKeyPairIsGeneratedOnceAndReused() throws Exception {
        Path pay = folder.resolve("pay");
        KeyPair first = DemoKeyPair.loadOrCreate(pay);
        String privatePem = Files.readString(pay.resolve(DemoKeyPair.PRIVATE_KEY_FILE));

        KeyPair second = DemoKeyPair.loadOrCreate(pay);

        assertEquals(first.getPrivate(), PemKeys.readPrivateKey(privatePem), "PKCS#8 PEM");
        assertEquals(first.getPublic(), second.getPublic());
        assertEquals(first.getPrivate(), second.getPrivate());
        assertEquals(
                first.getPublic(), PemKeys.readPublicKey(Files.readString(pay.resolve(DemoKeyPair.PUBLIC_KEY_FILE))));
    }

    @Test
    void theOfficialSdkReadsThePrivateKeyFileAndItsSignaturesVerify() throws Exception {
        KeyPair pair = DemoKeyPair.loadOrCreate(folder);
        PayConfiguration configuration =
                new PayConfiguration().setPrivateKey(Files.readString(folder.resolve(DemoKeyPair.PRIVATE_KEY_FILE)));

        String signature = PssSignatures.sign(AmazonPayAlgorithm.V2, "payload", configuration.getPrivateKey());

        assertTrue(PssSignatures.verify(AmazonPayAlgorithm.V2, "payload", signature, pair.getPublic()));
    }

    @Test
    void aMissingPublicKeyFileIsWrittenAgain() throws Exception {
        KeyPair pair = DemoKeyPair.loadOrCreate(folder);
        Files.delete(folder.resolve(DemoKeyPair.PUBLIC_KEY_FILE));

        DemoKeyPair.loadOrCreate(folder);

        assertEquals(
                pair.getPublic(), PemKeys.readPublicKey(Files.readString(folder.resolve(DemoKeyPair.PUBLIC_KEY_FILE))));
    }

    @Test
    void keyPairsAreParsedFromConfiguration() {
        assertEquals(
                Map.of("A", "/x/a.pem", "SANDBOX-B", "/y/b.pem"),
                MerchantKeys.parsePairs(" A=/x/a.pem , SANDBOX-B=/y/b.pem,"));
        assertThrows(IllegalArgumentException.class, () -> MerchantKeys.parsePairs("just-a-path.pem"));
    }
}
