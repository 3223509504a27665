package jp.kakehashi.sandbox.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import jp.kakehashi.sandbox.drs.DrsSandboxConfig;
import jp.kakehashi.sandbox.lwa.LwaSandboxConfig;
import jp.kakehashi.sandbox.pay.PayConfig;
import jp.kakehashi.sandbox.sns.SnsSandboxConfig;
import jp.kakehashi.sandbox.sns.domain.SignatureVersion;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private static final List<Class<? extends Record>> SETTINGS =
            List.of(PayConfig.class, SnsSandboxConfig.class, DrsSandboxConfig.class, LwaSandboxConfig.class);

    /** Set by Liberty (liberty-config/includes/sandbox.xml), not by the sandbox's own defaults. */
    private static final String SANDBOX_DIR = "kakehashi.sandbox.dir";

    @Test
    void everyDefaultIsReadUnderItsKeyAndEveryComponentHasADefault() throws IOException {
        Properties defaults = defaults();
        Set<String> read = new TreeSet<>();
        for (Class<? extends Record> type : SETTINGS) {
            for (RecordComponent component : type.getRecordComponents()) {
                read.add(SettingsReader.key(type, component));
            }
        }
        Set<String> defaulted = new TreeSet<>(defaults.stringPropertyNames());
        defaulted.remove("config_ordinal");
        defaulted.remove("sandbox.smtp.port"); // the mail server's, injected where it is used
        defaulted.add(SANDBOX_DIR);

        assertEquals(defaulted, read);
    }

    @Test
    void readsEachPartsSettingsFromTheDefaults() throws IOException {
        Map<String, String> values = new HashMap<>();
        defaults().forEach((key, value) -> values.put((String) key, (String) value));
        values.put(SANDBOX_DIR, "/data/sandbox");
        Config config = config(values);

        PayConfig pay = SettingsReader.read(config, PayConfig.class);
        assertEquals("SANDBOX-AHKAKEHASHIDEMO000000001", pay.demoPublicKeyId());
        assertEquals(Optional.empty(), pay.publicKeys(), "empty: none");
        assertEquals(Duration.ofMinutes(30), pay.signInLifetime());
        assertEquals(Path.of("/data/sandbox", "pay"), pay.payDir());

        SnsSandboxConfig sns = SettingsReader.read(config, SnsSandboxConfig.class);
        assertEquals("kakehashi-drs", sns.drsTopicName());
        assertEquals(SignatureVersion.V1, sns.drsTopicSignature());
        assertEquals(Optional.empty(), sns.defaultSubscriptionEndpoint());
        assertEquals(3, sns.retryPolicy().maxRetries());
        assertEquals(10000, sns.deliveryLogSize());

        DrsSandboxConfig drs = SettingsReader.read(config, DrsSandboxConfig.class);
        assertEquals(List.of("coffee-beans"), drs.slotsByModel().get("KAKEHASHI_COFFEE_01"));
        assertEquals(Duration.ofSeconds(5), drs.shipAfter());

        LwaSandboxConfig lwa = SettingsReader.read(config, LwaSandboxConfig.class);
        assertEquals(Duration.ofHours(1), lwa.accessTokenLifetime());
        assertEquals(4, lwa.allowedReturnOrigins().size());
        assertEquals(Path.of("/data/sandbox", "lwa"), lwa.lwaDir());
    }

    @Test
    void aValueTheRecordRefusesStopsTheReadingWithItsKey() {
        Map<String, String> values = new HashMap<>(Map.of(
                "sandbox.lwa.access-token-lifetime",
                "PT0S",
                "sandbox.lwa.authorization-code-lifetime",
                "PT5M",
                "sandbox.lwa.demo-client-id",
                "client",
                "sandbox.lwa.allowed-return-origins",
                "http://localhost",
                SANDBOX_DIR,
                "/data/sandbox"));

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> SettingsReader.read(config(values), LwaSandboxConfig.class));
        assertEquals("sandbox.lwa.access-token-lifetime must be positive, not PT0S", refused.getMessage());

        values.remove("sandbox.lwa.demo-client-id");
        values.put("sandbox.lwa.access-token-lifetime", "PT1H");
        assertThrows(NoSuchElementException.class, () -> SettingsReader.read(config(values), LwaSandboxConfig.class));
    }

    @Test
    void aComponentsKeyIsItsRecordsPrefixAndItsNameInKebabCaseUnlessItNamesItsOwn() throws Exception {
        assertEquals(
                "sandbox.sns.drs-topic-signature-version",
                SettingsReader.key(
                        SnsSandboxConfig.class, component(SnsSandboxConfig.class, "drsTopicSignatureVersion")));
        assertEquals(
                "sandbox.pay.demo-key.public-key-id",
                SettingsReader.key(PayConfig.class, component(PayConfig.class, "demoPublicKeyId")));
    }

    record Unmarked(String name) {}

    @Test
    void aRecordWithoutAPrefixIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> SettingsReader.read(config(Map.of("name", "x")), Unmarked.class));
    }

    private static RecordComponent component(Class<? extends Record> type, String name) {
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Properties defaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in =
                SettingsReaderTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        return defaults;
    }

    /**
     * MicroProfile Config over a map, converting as it does for the types the settings use: an empty value is a
     * missing one, and a list is split on commas.
     */
    private static Config config(Map<String, String> values) {
        return mock(Config.class, invocation -> {
            String key = invocation.getArgument(0);
            Optional<String> value = Optional.ofNullable(values.get(key)).filter(text -> !text.isEmpty());
            return switch (invocation.getMethod().getName()) {
                case "getValue" ->
                    convert(value.orElseThrow(() -> new NoSuchElementException(key)), invocation.getArgument(1));
                case "getOptionalValue" -> value.map(text -> convert(text, invocation.getArgument(1)));
                case "getValues" ->
                    Arrays.stream(value.orElseThrow(() -> new NoSuchElementException(key))
                                    .split(","))
                            .map(text -> convert(text, invocation.getArgument(1)))
                            .toList();
                default ->
                    throw new UnsupportedOperationException(
                            invocation.getMethod().getName());
            };
        });
    }

    private static Object convert(String text, Class<?> type) {
        if (type == Duration.class) {
            return Duration.parse(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalArgumentException("no converter for " + type);
    }
}
