package jp.kakehashi.sandbox.sns.signing;

import jp.kakehashi.sandbox.sns.domain.MessageSigner;
import jp.kakehashi.sandbox.sns.domain.SnsAddresses;
import jp.kakehashi.sandbox.sns.domain.SnsMessage;

/** Signs with the sandbox's key; the certificate URL names the matching certificate. */
public final class SandboxMessageSigner implements MessageSigner {

    private final SigningCredentials credentials;
    private final String signingCertUrl;

    public SandboxMessageSigner(SigningCredentials credentials, SnsAddresses addresses) {
        this.credentials = credentials;
        this.signingCertUrl = addresses.signingCertUrl(credentials.certificateId());
    }

    @Override
    public SnsMessage sign(SnsMessage unsigned) {
        return unsigned.withSignature(
                SnsSignatures.sign(unsigned.stringToSign(), unsigned.signatureVersion(), credentials.privateKey()));
    }

    @Override
    public String signingCertUrl() {
        return signingCertUrl;
    }
}
