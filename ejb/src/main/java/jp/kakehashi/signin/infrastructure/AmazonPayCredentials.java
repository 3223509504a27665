package jp.kakehashi.signin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.kakehashi.signin.application.AmazonPayConfiguration;
import jp.kakehashi.signin.application.SignInButtonSigning;

/**
 * The merchant's signing key, read from configuration once it is first needed: in the default profile the sandbox
 * creates the key file at its first start, which may come after Kakehashi's.
 */
@ApplicationScoped
public class AmazonPayCredentials implements SignInButtonSigning {

    @Inject
    private AmazonPayConfiguration configuration;

    private volatile AmazonPaySigner signer;

    @Override
    public SignedPayload sign(String payloadJson) {
        AmazonPaySigner current = signer();
        return new SignedPayload(
                current.signPayload(payloadJson),
                current.publicKeyId(),
                current.algorithm().wireName());
    }

    public AmazonPaySigner signer() {
        AmazonPaySigner current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = load();
                }
                current = signer;
            }
        }
        return current;
    }

    private AmazonPaySigner load() {
        String keyId = configuration
                .publicKeyId()
                .orElseThrow(() -> new IllegalStateException("amazon-pay.public-key-id is not configured"));
        String pem = configuration
                .privateKey()
                .orElseGet(() -> configuration
                        .privateKeyFile()
                        .map(AmazonPayCredentials::read)
                        .orElseThrow(() -> new IllegalStateException(
                                "Neither amazon-pay.private-key nor amazon-pay.private-key-file is configured")));
        AmazonPaySigner.Algorithm algorithm = Arrays.stream(AmazonPaySigner.Algorithm.values())
                .filter(candidate -> candidate.wireName().equals(configuration.algorithm()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "amazon-pay.algorithm " + configuration.algorithm() + " is not one of Amazon Pay's"));
        return new AmazonPaySigner(keyId, AmazonPaySigner.readPrivateKey(pem), algorithm);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the Amazon Pay private key file " + file, e);
        }
    }
}
