package jp.kakehashi.sandbox.sns.domain;

import java.util.Objects;

/** An SNS topic and the signature version of the messages it sends. */
public record Topic(String arn, String name, SignatureVersion signatureVersion) {

    public Topic {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signatureVersion, "signatureVersion");
    }

    public Topic withSignatureVersion(SignatureVersion version) {
        return new Topic(arn, name, version);
    }
}
