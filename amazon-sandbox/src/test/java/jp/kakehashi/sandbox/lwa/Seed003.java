package jp.kakehashi.sandbox.lwa;

/** The DRS pre-registration guide's two example request bodies, byte for byte, and the same bytes with the placeholders filled in. */
public final class Seed003 {

    public static final String JSON_BODY = """
            {
              "grant_type": "device_preregistration",
              "client_id":"foodev",
              "client_secret":"Y76SDl2F",
              "scope":"dash:replenish",
              "scope_data":{
                "product_instance_attributes": {
                  "device_serial_number": "<deviceSerialNumber>",
                  "device_model": "<deviceModel>"
                }
              }
            }""";

    public static final String FORM_BODY = "grant_type=device_preregistration&client_id=foodev&client_secret=Y76SDl2F"
            + "&scope=dash%3Areplenish&scope_data=%7B%22product_instance_attributes%22%3A+%7B%22device_serial_number%22"
            + "%3A+%22%3CdeviceSerialNumber%3E%22%2C%22device_model%22%3A+%22%3CdeviceModel%3E%22%7D%7D";

    private Seed003() {}

    /** The JSON example with only its two placeholders replaced. */
    public static String json(String serial, String model) {
        return JSON_BODY.replace("<deviceSerialNumber>", serial).replace("<deviceModel>", model);
    }

    /** The form example with only its two (URL-encoded) placeholders replaced; serial and model need no encoding. */
    public static String form(String serial, String model) {
        return FORM_BODY.replace("%3CdeviceSerialNumber%3E", serial).replace("%3CdeviceModel%3E", model);
    }
}
