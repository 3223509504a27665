package jp.kakehashi.sandbox.pay.signature;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/** The merchants' public keys that the sandbox knows, by public key id. */
public interface PublicKeyRegistry {

    Optional<PublicKey> find(String publicKeyId);

    /** Every registered key, for the console (public keys only: the sandbox never holds a merchant's private key). */
    List<RegisteredKey> keys();

    /** @param source where the key came from (a file path or "generated demo key") */
    record RegisteredKey(String publicKeyId, PublicKey publicKey, String source) {}
}
