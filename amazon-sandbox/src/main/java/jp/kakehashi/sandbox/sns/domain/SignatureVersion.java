package jp.kakehashi.sandbox.sns.domain;

/** SNS's {@code SignatureVersion}: which hash the RSA signature uses. */
public enum SignatureVersion {
    V1("1", "SHA1withRSA"),
    V2("2", "SHA256withRSA");

    private final String wireValue;
    private final String jcaAlgorithm;

    SignatureVersion(String wireValue, String jcaAlgorithm) {
        this.wireValue = wireValue;
        this.jcaAlgorithm = jcaAlgorithm;
    }

    public String wireValue() {
        return wireValue;
    }

    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    public static SignatureVersion of(String wireValue) {
        for (SignatureVersion version : values()) {
            if (version.wireValue.equals(wireValue)) {
                return version;
            }
        }
        throw new IllegalArgumentException("SignatureVersion must be 1 or 2, not " + wireValue);
    }

    public static SignatureVersion of(int number) {
        return of(Integer.toString(number));
    }
}
