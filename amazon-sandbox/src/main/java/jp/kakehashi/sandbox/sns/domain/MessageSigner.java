package jp.kakehashi.sandbox.sns.domain;

/** Signs messages with the sandbox's key and names the URL its certificate is served at. */
public interface MessageSigner {

    SnsMessage sign(SnsMessage unsigned);

    String signingCertUrl();
}
