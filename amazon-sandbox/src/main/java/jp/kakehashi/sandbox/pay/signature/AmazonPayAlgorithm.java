package jp.kakehashi.sandbox.pay.signature;

import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** Amazon Pay's two signature algorithms: RSASSA-PSS with SHA-256 and MGF1(SHA-256), differing in salt length. */
public enum AmazonPayAlgorithm {
    V1("AMZN-PAY-RSASSA-PSS", 20),
    V2("AMZN-PAY-RSASSA-PSS-V2", 32);

    private final String headerName;
    private final int saltLength;

    AmazonPayAlgorithm(String headerName, int saltLength) {
        this.headerName = headerName;
        this.saltLength = saltLength;
    }

    /** The algorithm by the exact name Amazon uses in headers and button configurations. */
    public static Optional<AmazonPayAlgorithm> byName(String name) {
        return Arrays.stream(values())
                .filter(algorithm -> algorithm.headerName.equals(name))
                .findFirst();
    }

    public String headerName() {
        return headerName;
    }

    public int saltLength() {
        return saltLength;
    }

    public PSSParameterSpec parameters() {
        return new PSSParameterSpec(
                "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, saltLength, PSSParameterSpec.TRAILER_FIELD_BC);
    }
}
