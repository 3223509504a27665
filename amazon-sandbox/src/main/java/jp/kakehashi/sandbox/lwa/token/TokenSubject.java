package jp.kakehashi.sandbox.lwa.token;

/**
 * Whom and what a token speaks for.
 *
 * @param replenishmentAllowed false for the whitelisted test device: its tokens cannot be used for replenishment
 */
public record TokenSubject(
        String clientId,
        String directedCustomerId,
        String modelId,
        String serial,
        String scope,
        boolean replenishmentAllowed) {

    public boolean isDevice(String model, String serialNumber) {
        return modelId != null && modelId.equals(model) && serial != null && serial.equals(serialNumber);
    }
}
