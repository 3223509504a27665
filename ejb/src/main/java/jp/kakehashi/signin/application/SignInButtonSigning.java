package jp.kakehashi.signin.application;

/**
 * Signs the payload of Amazon's SignIn button with the merchant key (the port that AmazonPayCredentials implements),
 * so that pages never hold the key or its signer.
 */
public interface SignInButtonSigning {

    /** The signature and what checkout.js needs beside it to check it. */
    record SignedPayload(String signature, String publicKeyId, String algorithm) {}

    SignedPayload sign(String payloadJson);
}
