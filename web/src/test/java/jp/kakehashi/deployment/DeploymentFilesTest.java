package jp.kakehashi.deployment;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What can be checked here of the container image and the Kubernetes manifests, with no Docker engine and no cluster:
 * the Containerfile wraps the tested server package on the official kernel-slim image and runs as non-root; the
 * manifests parse, use only the OpenLibertyApplication (apps.openliberty.io/v1) fields listed below, as the Open
 * Liberty Operator's CRD names them, wire the three MicroProfile Health probes over HTTPS, and set nothing but
 * settings Kakehashi documents, as environment variables.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The spec fields used here, as named by the operator's CRD (apps.openliberty.io_openlibertyapplications.yaml). */
    private static final Set<String> SPEC_FIELDS = Set.of("applicationImage", "pullPolicy", "replicas", "service", "manageTLS",
            "envFrom", "env", "volumes", "volumeMounts", "resources", "probes", "statefulSet");

    @Test
    void theImageWrapsTheTestedPackageOnTheKernelSlimImageAsNonRoot() throws IOException {
        String containerfile = Files.readString(ROOT.resolve("Containerfile"));
        List<String> instructions = containerfile.lines().filter(line -> !line.isBlank() && !line.startsWith("#")
                && !line.startsWith(" ")).toList();

        assertTrue(instructions.stream().anyMatch(line -> line.matches("FROM icr\\.io/appcafe/open-liberty:\\$\\{LIBERTY_VERSION}-kernel-slim-java17-\\S+")),
                "the official kernel-slim image, of the Liberty version below: " + instructions);
        // The Liberty the build runs the tests on is the one in the image: pom.xml's openliberty.version
        java.util.regex.Matcher tested = Pattern.compile("<openliberty\\.version>([^<]+)</openliberty\\.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(tested.find(), "pom.xml names the Liberty runtime");
        assertTrue(instructions.contains("ARG LIBERTY_VERSION=" + tested.group(1)),
                "the image's Liberty is the tested " + tested.group(1) + ": " + instructions);
        int ldap = instructions.indexOf("RUN featureUtility installFeature ldapRegistry-3.0");
        assertTrue(containerfile.contains("COPY ear/target/kakehashi-server.zip"), "the package ServerPackageIT starts");
        int features = instructions.indexOf("RUN features.sh");
        int configure = instructions.indexOf("RUN configure.sh");
        int user = instructions.indexOf("USER 1001");
        assertTrue(features > 0 && configure > features && user > 0 && user < configure, instructions.toString());
        assertTrue(ldap > features && ldap < configure, "the README's LDAP registry can be enabled: its feature is installed");
        assertTrue(instructions.stream().filter(line -> line.startsWith("COPY --from=package")).allMatch(line -> line.contains("--chown=1001:0")),
                "files owned by the non-root user");
    }

    @Test
    void theManifestsUseTheOperatorsFieldsAndDocumentedSettingsOnly() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String file : List.of("kakehashi.yaml", "kakehashi-secrets.example.yaml")) {
            try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/kubernetes").resolve(file))) {
                for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                    documents.add(map(document));
                }
            }
        }
        Map<String, Object> application = documents.stream().filter(document -> "OpenLibertyApplication".equals(document.get("kind")))
                .findFirst().orElseThrow();
        assertEquals("apps.openliberty.io/v1", application.get("apiVersion"));
        Map<String, Object> spec = map(application.get("spec"));
        assertTrue(SPEC_FIELDS.containsAll(spec.keySet()), "unknown spec fields: " + spec.keySet());

        Map<String, Object> probes = map(spec.get("probes"));
        for (String probe : List.of("startup", "liveness", "readiness")) {
            Map<String, Object> httpGet = map(map(probes.get(probe)).get("httpGet"));
            assertEquals("/health/" + (probe.equals("startup") ? "started" : probe.equals("liveness") ? "live" : "ready"), httpGet.get("path"));
            assertEquals("HTTPS", httpGet.get("scheme"));
            assertEquals(9443, httpGet.get("port"));
        }

        String documented = Files.readString(ROOT.resolve("docs/configuration.md")) + Files.readString(ROOT.resolve("README.md"));
        List<String> variables = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            Object data = document.containsKey("data") ? document.get("data") : document.get("stringData");
            if (data != null) {
                variables.addAll(map(data).keySet());
            }
        }
        variables.add("KAKEHASHI_RECOVERY_IDENTITY");
        assertTrue(variables.size() > 10, variables.toString());
        for (String variable : variables) {
            assertTrue(Pattern.matches("[A-Z][A-Z0-9_]*", variable), variable);
            // Liberty and MicroProfile Config read KAKEHASHI_DB_PASSWORD for kakehashi.db.password: dots and dashes are
            // underscores. Which documented setting is it?
            String setting = DOCUMENTED.stream().filter(candidate -> candidate.toUpperCase().replaceAll("[.-]", "_").equals(variable))
                    .findFirst().orElse(null);
            assertTrue(setting != null, variable + " is none of the settings the README and docs/configuration.md document");
            assertTrue(documented.contains("`" + setting), setting + " documented");
        }
    }

    /** The settings the manifests set, as the README's production table and docs/configuration.md name them. */
    private static final List<String> DOCUMENTED = List.of("kakehashi.public-url", "kakehashi.db.host", "kakehashi.db.port",
            "kakehashi.db.name", "kakehashi.db.user", "kakehashi.db.password", "kakehashi.keystore.file", "kakehashi.keystore.password",
            "kakehashi.mail.host", "kakehashi.mail.from", "kakehashi.mail.user", "kakehashi.mail.password", "sns.topic-arns",
            "amazon-pay.public-key-id", "amazon-pay.private-key", "amazon-pay.merchant-id", "amazon-pay.store-id", "lwa.client-id",
            "lwa.client-secret", "drs.token-keys", "drs.token-key-id", "kakehashi.recovery.identity");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
