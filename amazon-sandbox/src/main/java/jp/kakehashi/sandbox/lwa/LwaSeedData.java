package jp.kakehashi.sandbox.lwa;

import java.util.List;
import jp.kakehashi.sandbox.lwa.domain.DeviceModel;
import jp.kakehashi.sandbox.lwa.domain.TestCustomer;

/** What the sandbox knows at start: the DRS pre-registration guide's example client and test device, and Kakehashi's demo devices. */
public final class LwaSeedData {

    /** The DRS pre-registration guide's example credentials, owner of the whitelisted test model. */
    public static final String FOODEV_CLIENT_ID = "foodev";

    public static final String FOODEV_CLIENT_SECRET = "Y76SDl2F";

    /** The DRS pre-registration guide's whitelisted test device. */
    public static final String TEST_MODEL = "TEST_MODEL_DRS_PREREG_01";

    public static final String TEST_SERIAL_01 = "TEST_SERIAL_01";
    public static final String TEST_SERIAL_02 = "TEST_SERIAL_02";
    public static final String TEST_SERIAL_REGEX = "TEST_SERIAL_[0-9]{2}";
    public static final List<String> TEST_ASINS = List.of("B0TESTDRS1", "B0TESTDRS2");

    /** Kakehashi's own demo model, owned by the demo client. */
    public static final String COFFEE_MODEL = "KAKEHASHI_COFFEE_01";

    public static final String COFFEE_SERIAL_REGEX = "KCF01-[0-9]{8}";
    public static final String COFFEE_PRE_REGISTERED_SERIAL = "KCF01-00000001";
    public static final List<String> COFFEE_ASINS = List.of("B0KKHCOF01", "B0KKHCOF02", "B0KKHCOF03");

    public static final String TEST_DEVICE_CUSTOMER = "amzn1.account.ATESTDRSPREREGCUSTOMER0000001";
    public static final TestCustomer HANAKO = new TestCustomer(
            "hanako@example.jp", "sandbox-hanako", "山田 花子", "amzn1.account.AKKHSANDBOXHANAKO00000000001");
    public static final TestCustomer TARO =
            new TestCustomer("taro@example.jp", "sandbox-taro", "鈴木 太郎", "amzn1.account.AKKHSANDBOXTARO0000000000002");

    private LwaSeedData() {}

    public static List<DeviceModel> models(String demoClientId) {
        return List.of(
                DeviceModel.of(TEST_MODEL, TEST_SERIAL_REGEX, TEST_ASINS, FOODEV_CLIENT_ID, true),
                DeviceModel.of(COFFEE_MODEL, COFFEE_SERIAL_REGEX, COFFEE_ASINS, demoClientId, false));
    }

    public static List<TestCustomer> customers() {
        return List.of(HANAKO, TARO);
    }
}
