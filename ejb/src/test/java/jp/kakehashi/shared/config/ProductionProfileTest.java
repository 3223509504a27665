package jp.kakehashi.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.kakehashi.sns.domain.SnsMessage;
import jp.kakehashi.sns.domain.SnsMessageType;
import jp.kakehashi.sns.verification.SnsSignatureVerifier;
import jp.kakehashi.sns.verification.SnsVerificationException;
import jp.kakehashi.sns.verification.SnsVerificationPolicy;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Static checks of the files the production profile ships (liberty-config/profiles/production.xml and everything it
 * includes): what they must never contain (the sandbox, the demo registry, a default password: a secret in the repo)
 * and that their settings stay the environment's to set; and that SNS, with the application's default trust, refuses
 * a message signed by the sandbox (logic). What the running production server does (HTTPS only, every security
 * header, Secure cookies, no sandbox, no OpenAPI, /metrics behind credentials) is proven on the running package by
 * ServerPackageIT, never here: the XML says what was written, not what Liberty makes of it.
 */
class ProductionProfileTest {

    private static final Path CONFIG = Path.of("..", "liberty-config");
    private static final List<String> TOPOLOGIES = List.of("single", "cluster", "cluster-artemis", "cluster-ibm-mq");
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:kakehashi-drs";
    private static final String SANDBOX_CERT_URL =
            "http://localhost:9080/amazon-sandbox/api/sns/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem";

    @Test
    void productionShipsNeitherTheSandboxNorTheDemoRegistryNorADefaultPassword() throws Exception {
        List<Element> elements = new ArrayList<>();
        for (String topology : TOPOLOGIES) {
            elements.addAll(elementsOf("production", topology));
        }

        assertFalse(
                elements.stream()
                        .anyMatch(e -> e.getTagName().equals("include")
                                && e.getAttribute("location").matches(".*(sandbox|registry-demo)\\.xml")),
                "no sandbox, no demo registry");
        assertFalse(elements.stream().anyMatch(e -> e.getTagName().equals("basicRegistry")), "no basic registry");
        assertFalse(
                elements.stream()
                        .anyMatch(e -> e.getTagName().equals("variable")
                                && e.getAttribute("name").startsWith("sns.")),
                "SNS trust stays the application's default (AWS only)");
        assertFalse(
                elements.stream()
                        .anyMatch(e -> e.getTagName().equals("variable")
                                && e.getAttribute("name").contains("password")
                                && e.hasAttribute("defaultValue")),
                "no default password");
    }

    @Test
    void underProductionSettingsASandboxSignedMessageIsRefusedForItsCertificateUrl() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        SnsMessage sandboxSigned = sandboxSignedNotification();

        SnsVerificationException refused = assertThrows(
                SnsVerificationException.class,
                () -> verifierWith(defaults.getProperty("sns.signing-cert-url-pattern"))
                        .verify(sandboxSigned));

        assertEquals(SnsVerificationException.Reason.CERTIFICATE_URL_NOT_TRUSTED, refused.reason());
        assertEquals(
                SnsVerificationPolicy.AWS_SIGNING_CERT_URL_PATTERN,
                defaults.getProperty("sns.signing-cert-url-pattern"));
        String defaultProfilePattern = elementsOf("default", "single").stream()
                .filter(e -> e.getTagName().equals("variable")
                        && e.getAttribute("name").equals("sns.signing-cert-url-pattern"))
                .findFirst()
                .orElseThrow()
                .getAttribute("defaultValue")
                .replace("${default.http.port}", "9080");
        assertTrue(
                Pattern.compile(defaultProfilePattern).matcher(SANDBOX_CERT_URL).matches(),
                "the default profile does trust it");
    }

    /** What only developers and tests need is not in production's feature list: the local JMX connector, the OpenAPI
     *  UI (static: a feature the files never name cannot be installed; ServerPackageIT sees /openapi answer 404). */
    @Test
    void productionShipsNoDeveloperFeatures() throws Exception {
        for (String topology : TOPOLOGIES) {
            List<String> features = new ArrayList<>(elementsOf("production", topology).stream()
                    .filter(e -> e.getTagName().equals("feature"))
                    .map(e -> e.getTextContent().strip())
                    .toList());
            features.addAll(baseFeatures());
            assertFalse(features.contains("localConnector-1.0"), features.toString());
            assertFalse(features.stream().anyMatch(feature -> feature.startsWith("mpOpenAPI")), features.toString());
        }
    }

    /**
     * IBM MQ (not runnable here: no queue manager, no RAR): the include binds the same three names as Liberty's engine,
     * through the operator's resource adapter, over TLS, and every variable it reads is a setting the docs list.
     */
    @Test
    void theIbmMqIncludeBindsTheApplicationsNamesFromDocumentedSettingsOnly() throws Exception {
        List<Element> mq = new ArrayList<>();
        collect(CONFIG.resolve("includes/topology-cluster-ibm-mq.xml"), "cluster-ibm-mq", mq);
        List<Element> liberty = new ArrayList<>();
        collect(CONFIG.resolve("includes/messaging-client.xml"), "cluster", liberty);

        for (String element : List.of("jmsConnectionFactory", "jmsQueue")) {
            assertEquals(attributes(liberty, element, "jndiName"), attributes(mq, element, "jndiName"), element);
        }
        assertEquals(attributes(liberty, "jmsActivationSpec", "id"), attributes(mq, "jmsActivationSpec", "id"));
        assertEquals(List.of("${kakehashi.mq.rar-location}"), attributes(mq, "resourceAdapter", "location"));
        assertEquals(List.of("wmqJms"), attributes(mq, "resourceAdapter", "id"));
        assertEquals("ibm-mq", defaultOf(mq, "kakehashi.messaging.provider"));
        assertEquals(null, defaultOf(mq, "kakehashi.mq.password"), "no default password");
        assertTrue(mq.stream()
                .anyMatch(e -> e.getTagName().equals("feature")
                        && e.getTextContent().strip().equals("transportSecurity-1.0")));
        assertTrue(
                mq.stream()
                        .filter(e -> e.getTagName().equals("properties.wmqJms") && e.hasAttribute("channel"))
                        .allMatch(e -> e.getAttribute("sslCipherSuite").equals("${kakehashi.mq.cipher-suite}")),
                "TLS on every connection");

        String documented = Files.readString(Path.of("..", "docs", "messaging-providers.md"))
                + Files.readString(Path.of("..", "docs", "configuration.md"))
                + Files.readString(Path.of("..", "docs", "deployment.md"));
        Set<String> read = new TreeSet<>();
        String text = Files.readString(CONFIG.resolve("includes/messaging-ibm-mq.xml"));
        Matcher variable =
                Pattern.compile("\\$\\{([^}]+)}|<variable name=\"([^\"]+)\"").matcher(text);
        while (variable.find()) {
            read.add(variable.group(1) != null ? variable.group(1) : variable.group(2));
        }
        read.removeAll(Set.of("server.config.dir", "kakehashi.lib.dir", "kakehashi.sns.consumers"));
        assertTrue(read.size() >= 10, read.toString());
        for (String setting : read) {
            assertTrue(
                    documented.contains("`" + setting + "`"),
                    setting + " is read by messaging-ibm-mq.xml but documented nowhere");
        }
    }

    private static List<String> attributes(List<Element> elements, String tag, String attribute) {
        return elements.stream()
                .filter(e -> e.getTagName().equals(tag))
                .map(e -> e.getAttribute(attribute))
                .sorted()
                .toList();
    }

    /** The cluster's messaging server lets in only its own user, over TLS only. */
    @Test
    void theMessagingServerTakesAuthenticatedTlsClientsOnly() throws Exception {
        Document server = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(CONFIG.resolve("messaging-server.xml").toFile());
        Element endpoint =
                (Element) server.getElementsByTagName("wasJmsEndpoint").item(0);
        assertEquals("-1", endpoint.getAttribute("wasJmsPort"), "no plain port");
        assertEquals("${kakehashi.messaging.port}", endpoint.getAttribute("wasJmsSSLPort"));
        List<String> features = new ArrayList<>();
        NodeList featureElements = server.getElementsByTagName("feature");
        for (int i = 0; i < featureElements.getLength(); i++) {
            features.add(featureElements.item(i).getTextContent().strip());
        }
        assertTrue(features.contains("messagingSecurity-3.0"), features.toString());
        assertEquals(1, server.getElementsByTagName("messagingSecurity").getLength());
        Element user = (Element) server.getElementsByTagName("basicRegistry")
                .item(0)
                .getFirstChild()
                .getNextSibling();
        assertEquals("${kakehashi.messaging.password}", user.getAttribute("password"), "no default password");
    }

    private static List<String> baseFeatures() throws Exception {
        Document server = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(CONFIG.resolve("server.xml").toFile());
        NodeList features = server.getElementsByTagName("feature");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < features.getLength(); i++) {
            names.add(features.item(i).getTextContent().strip());
        }
        return names;
    }

    /**
     * Every setting the README lists can be set from the environment in every profile: a profile gives defaultValues
     * only (a value would outrank environment variables and system properties), and the application's own defaults
     * rank below those (config_ordinal 0; Liberty ranks a defaultValue 1).
     */
    @Test
    void everyProfileLeavesItsSettingsToTheEnvironment() throws Exception {
        for (String profile : List.of("default", "production", "scaleout-sandbox", "single-postgresql-sandbox")) {
            for (String topology : TOPOLOGIES) {
                List<String> fixed = elementsOf(profile, topology).stream()
                        .filter(e -> e.getTagName().equals("variable") && e.hasAttribute("value"))
                        .map(e -> e.getAttribute("name"))
                        .toList();
                assertTrue(fixed.isEmpty(), profile + " fixes " + fixed + " above the environment");
            }
        }
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertEquals("0", defaults.getProperty("config_ordinal"));
    }

    private static SnsSignatureVerifier verifierWith(String pattern) {
        return new SnsSignatureVerifier(
                new SnsVerificationPolicy(Set.of(TOPIC), Pattern.compile(pattern), Duration.ofHours(1)),
                url -> {
                    throw new AssertionError("no certificate may be fetched for a URL that is not trusted: " + url);
                },
                Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));
    }

    private static SnsMessage sandboxSignedNotification() {
        Instant now = Instant.parse("2026-11-30T00:00:00Z");
        return new SnsMessage(
                SnsMessageType.NOTIFICATION,
                "7f2a4c1e-0000-4000-8000-000000000001",
                TOPIC,
                null,
                "{}",
                now.toString(),
                now,
                "2",
                "c2lnbmF0dXJl",
                SANDBOX_CERT_URL,
                null,
                "http://localhost:9080/amazon-sandbox/api/sns/unsubscribe",
                null);
    }

    /** Static: the shipped defaults of production's mail settings, and that the operator's are left to set. */
    @Test
    void productionMailsThroughTheOperatorsServerOverStartTlsSignedIn() throws Exception {
        List<Element> production = elementsOf("production", "single");
        assertEquals("true", defaultOf(production, "kakehashi.mail.starttls"), "STARTTLS required");
        assertEquals("true", defaultOf(production, "kakehashi.mail.auth"));
        for (String required : List.of(
                "kakehashi.mail.host", "kakehashi.mail.from", "kakehashi.mail.user", "kakehashi.mail.password")) {
            assertEquals(null, defaultOf(production, required), required + " is the operator's to set");
        }
        assertFalse(
                production.stream()
                        .anyMatch(e -> e.getTagName().equals("variable")
                                && e.getAttribute("name").equals("sandbox.smtp.port")),
                "no sandbox mail server");
        // The session itself is the base server's, for every profile
        List<Element> mail = new ArrayList<>();
        collect(CONFIG.resolve("includes/mail.xml"), "single", mail);
        assertTrue(mail.stream()
                .anyMatch(e -> e.getTagName().equals("property")
                        && e.getAttribute("name").equals("mail.smtp.starttls.required")
                        && e.getAttribute("value").equals("${kakehashi.mail.starttls}")));
    }

    private static String defaultOf(List<Element> elements, String variable) {
        return elements.stream()
                .filter(e -> e.getTagName().equals("variable")
                        && e.getAttribute("name").equals(variable)
                        && e.hasAttribute("defaultValue"))
                .map(e -> e.getAttribute("defaultValue"))
                .reduce((first, last) -> last)
                .orElse(null);
    }

    /** The profile's elements and those of every file it includes, with the topology include chosen. */
    private static List<Element> elementsOf(String profile, String topology) throws Exception {
        List<Element> elements = new ArrayList<>();
        collect(CONFIG.resolve("profiles/" + profile + ".xml"), topology, elements);
        return elements;
    }

    private static void collect(Path file, String topology, List<Element> elements) throws Exception {
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            elements.add(element);
            if (element.getTagName().equals("include")) {
                String location = element.getAttribute("location")
                        .replace("${server.config.dir}/", "")
                        .replace("${kakehashi.topology}", topology);
                collect(CONFIG.resolve(location), topology, elements);
            }
        }
    }
}
