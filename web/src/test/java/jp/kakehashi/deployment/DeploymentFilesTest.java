package jp.kakehashi.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What can be checked here of the container image and the Kubernetes manifests, with no Docker engine and no cluster:
 * the Containerfile wraps the tested server package on the official kernel-slim image and runs as non-root; every
 * document of every manifest validates against its kind's published schema (the Open Liberty Operator's CRD, Kubernetes'
 * and cert-manager's schemas as fabric8 publishes them; src/test/resources/schemas/README.md), unknown fields
 * rejected as the API server rejects them; the application's two variants differ only in how they are exposed; the
 * three MicroProfile Health probes are wired over HTTPS; the application gets nothing but settings Kakehashi documents.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theImageWrapsTheTestedPackageOnTheKernelSlimImageAsNonRoot() throws IOException {
        String containerfile = Files.readString(ROOT.resolve("Containerfile"));
        List<String> instructions = containerfile
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(" "))
                .toList();

        assertTrue(
                instructions.stream()
                        .anyMatch(line -> line.matches(
                                "FROM icr\\.io/appcafe/open-liberty:\\$\\{LIBERTY_VERSION}-kernel-slim-java17-\\S+")),
                "the official kernel-slim image, of the Liberty version below: " + instructions);
        // The Liberty the build runs the tests on is the one in the image: pom.xml's openliberty.version
        java.util.regex.Matcher tested = Pattern.compile("<openliberty\\.version>([^<]+)</openliberty\\.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(tested.find(), "pom.xml names the Liberty runtime");
        assertTrue(
                instructions.contains("ARG LIBERTY_VERSION=" + tested.group(1)),
                "the image's Liberty is the tested " + tested.group(1) + ": " + instructions);
        int ldap = instructions.indexOf("RUN featureUtility installFeature ldapRegistry-3.0");
        assertTrue(
                containerfile.contains("COPY ear/target/kakehashi-server.zip"), "the package ServerPackageIT starts");
        int features = instructions.indexOf("RUN features.sh");
        int configure = instructions.indexOf("RUN configure.sh");
        int user = instructions.indexOf("USER 1001");
        assertTrue(features > 0 && configure > features && user > 0 && user < configure, instructions.toString());
        assertTrue(
                ldap > features && ldap < configure,
                "the README's LDAP registry can be enabled: its feature is installed");
        assertTrue(
                instructions.stream()
                        .filter(line -> line.startsWith("COPY --from=package"))
                        .allMatch(line -> line.contains("--chown=1001:0")),
                "files owned by the non-root user");
    }

    @Test
    void everyManifestValidatesAgainstItsKindsPublishedSchema() throws IOException {
        Schemas schemas = new Schemas();
        List<Path> files = manifestFiles();
        assertTrue(files.size() >= 8, files.toString());
        int validated = 0;
        for (Path file : files) {
            for (Map<String, Object> document : documents(file)) {
                List<String> errors = schemas.validate(document);
                assertTrue(
                        errors.isEmpty(),
                        file.getFileName() + ", " + document.get("kind") + " "
                                + map(document.get("metadata")).get("name") + ": " + errors);
                validated++;
            }
        }
        assertTrue(validated >= 20, "documents validated: " + validated);
    }

    @Test
    void theValidatorRejectsAMisspeltFieldAWrongTypeAndAnUnknownKind() throws IOException {
        Schemas schemas = new Schemas();
        Map<String, Object> application =
                deepCopy(only(documents(MANIFESTS.resolve("kakehashi.yaml")), "OpenLibertyApplication"));
        assertEquals(List.of(), schemas.validate(application));

        Map<String, Object> misspelt = deepCopy(application);
        map(misspelt.get("spec")).put("replica", 2);
        assertFalse(schemas.validate(misspelt).isEmpty(), "an unknown field of the operator's spec");

        Map<String, Object> nested = deepCopy(application);
        map(map(nested.get("spec")).get("service")).put("certificateSecret", "kakehashi-service-tls");
        assertFalse(schemas.validate(nested).isEmpty(), "an unknown field deeper in the spec");

        Map<String, Object> deep = deepCopy(application);
        Map<String, Object> endpoint =
                map(((List<?>) map(map(deep.get("spec")).get("monitoring")).get("endpoints")).get(0));
        map(endpoint.get("tlsConfig")).put("serverNam", "kakehashi.kakehashi.svc");
        assertFalse(schemas.validate(deep).isEmpty(), "an unknown field of the ServiceMonitor endpoint's TLS settings");

        Map<String, Object> initContainer = deepCopy(application);
        map(((List<?>) map(initContainer.get("spec")).get("initContainers")).get(0))
                .put("comand", List.of("/bin/true"));
        assertFalse(schemas.validate(initContainer).isEmpty(), "an unknown field of an init container");

        Map<String, Object> wrongType = deepCopy(application);
        map(wrongType.get("spec")).put("replicas", "two");
        assertFalse(schemas.validate(wrongType).isEmpty(), "a string where the CRD says integer");

        Map<String, Object> statefulSet =
                deepCopy(only(documents(MANIFESTS.resolve("kakehashi-messaging-server.yaml")), "StatefulSet"));
        assertEquals(List.of(), schemas.validate(statefulSet));
        Map<String, Object> container = map(
                ((List<?>) map(map(map(statefulSet.get("spec")).get("template")).get("spec"))
                                .get("containers"))
                        .get(0));
        container.put("imagePullPolice", "Always");
        assertFalse(schemas.validate(statefulSet).isEmpty(), "an unknown field of a Kubernetes container");

        Map<String, Object> certificate =
                deepCopy(only(documents(MANIFESTS.resolve("kakehashi-certificates.yaml")), "Certificate"));
        map(certificate.get("spec")).put("dnsName", "shop.example.jp");
        assertFalse(schemas.validate(certificate).isEmpty(), "an unknown field of cert-manager's Certificate");

        Map<String, Object> unknownKind = new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "Deployment"));
        assertFalse(schemas.validate(unknownKind).isEmpty(), "a kind with no schema here");
    }

    @Test
    void theOpenShiftVariantIsTheSameApplicationExposedThroughARoute() throws IOException {
        Map<String, Object> kubernetes =
                map(only(documents(MANIFESTS.resolve("kakehashi.yaml")), "OpenLibertyApplication")
                        .get("spec"));
        Map<String, Object> openShift =
                map(only(documents(MANIFESTS.resolve("kakehashi-openshift.yaml")), "OpenLibertyApplication")
                        .get("spec"));
        assertEquals(false, kubernetes.get("expose"));
        assertEquals(true, openShift.get("expose"));
        Map<String, Object> route = map(openShift.get("route"));
        assertEquals("reencrypt", route.get("termination"));
        assertEquals("kakehashi-public-tls", route.get("certificateSecretRef"));
        Map<String, Object> withoutExposure = new LinkedHashMap<>(openShift);
        withoutExposure.remove("route");
        withoutExposure.put("expose", false);
        assertEquals(
                kubernetes, withoutExposure, "kakehashi-openshift.yaml differs from kakehashi.yaml beyond the Route");

        // The pod's certificate is cert-manager's Secret, turned into the keystore production.xml reads
        assertEquals(false, kubernetes.get("manageTLS"));
        assertEquals("kakehashi-service-tls", map(kubernetes.get("service")).get("certificateSecretRef"));
        Map<String, Object> settings = map(only(documents(MANIFESTS.resolve("kakehashi.yaml")), "ConfigMap")
                .get("data"));
        String keystore = (String) settings.get("KAKEHASHI_KEYSTORE_FILE");
        String init = String.valueOf(((List<?>) kubernetes.get("initContainers")).get(0));
        assertTrue(init.contains("-out " + keystore) && init.contains("env:KAKEHASHI_KEYSTORE_PASSWORD"), init);
        // The operator's NetworkPolicy is off because kakehashi-policies.yaml's admits the ingress controller and
        // Prometheus
        assertEquals(Map.of("disable", true), kubernetes.get("networkPolicy"));
        assertEquals(
                2,
                ((List<?>) map(only(documents(MANIFESTS.resolve("kakehashi-policies.yaml")), "NetworkPolicy")
                                        .get("spec"))
                                .get("ingress"))
                        .size());
    }

    @Test
    void theApplicationIsProbedOverHttpsAndGetsDocumentedSettingsOnly() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Path file : manifestFiles()) {
            documents.addAll(documents(file));
        }
        Map<String, Object> spec = map(only(documents(MANIFESTS.resolve("kakehashi.yaml")), "OpenLibertyApplication")
                .get("spec"));
        Map<String, Object> probes = map(spec.get("probes"));
        for (String probe : List.of("startup", "liveness", "readiness")) {
            Map<String, Object> httpGet = map(map(probes.get(probe)).get("httpGet"));
            assertEquals(
                    "/health/" + (probe.equals("startup") ? "started" : probe.equals("liveness") ? "live" : "ready"),
                    httpGet.get("path"));
            assertEquals("HTTPS", httpGet.get("scheme"));
            assertEquals(9443, httpGet.get("port"));
        }
        Map<String, Object> endpoint =
                map(((List<?>) map(spec.get("monitoring")).get("endpoints")).get(0));
        assertEquals("/metrics", endpoint.get("path"));
        assertEquals("https", endpoint.get("scheme"));
        Map<String, Object> metricsSecret = only(
                documents(MANIFESTS.resolve("kakehashi-secrets.example.yaml")).stream()
                        .filter(document -> "kakehashi-metrics"
                                .equals(map(document.get("metadata")).get("name")))
                        .toList(),
                "Secret");
        Map<String, Object> basicAuth = map(endpoint.get("basicAuth"));
        for (String part : List.of("username", "password")) {
            assertEquals("kakehashi-metrics", map(basicAuth.get(part)).get("name"));
            assertTrue(
                    map(metricsSecret.get("stringData"))
                            .containsKey(map(basicAuth.get(part)).get("key")),
                    part);
        }

        // What the application and the messaging servers read as settings: the ConfigMap and Secret the application
        // takes whole, and the variables the pods set one by one
        List<String> variables = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            String name = String.valueOf(map(document.get("metadata")).get("name"));
            if (List.of("kakehashi-settings", "kakehashi-secrets").contains(name)) {
                Object data = document.containsKey("data") ? document.get("data") : document.get("stringData");
                variables.addAll(map(data).keySet());
            }
        }
        assertTrue(variables.size() > 10, variables.toString());
        collectEnvironmentNames(documents, variables);
        String documented = Files.readString(ROOT.resolve("docs/configuration.md"))
                + Files.readString(ROOT.resolve("docs/deployment.md"))
                + Files.readString(ROOT.resolve("README.md"));
        for (String variable : variables) {
            if (NOT_SETTINGS.contains(variable)) {
                continue;
            }
            assertTrue(Pattern.matches("[A-Z][A-Z0-9_]*", variable), variable);
            // Liberty and MicroProfile Config read KAKEHASHI_DB_PASSWORD for kakehashi.db.password: dots and dashes are
            // underscores. Which documented setting is it?
            String setting = DOCUMENTED.stream()
                    .filter(candidate ->
                            candidate.toUpperCase().replaceAll("[.-]", "_").equals(variable))
                    .findFirst()
                    .orElse(null);
            assertTrue(
                    setting != null,
                    variable
                            + " is none of the settings docs/configuration.md, docs/deployment.md and the README document");
            assertTrue(documented.contains("`" + setting), setting + " documented");
        }
    }

    @Test
    void everySecretAManifestReadsIsOneTheExampleOrCertManagerMakes() throws IOException {
        Map<String, Set<String>> secrets = new HashMap<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Path file : manifestFiles()) {
            String text = Files.readString(file);
            assertTrue(
                    text.startsWith("#") && (text.contains("kubectl ") || text.contains("oc apply")),
                    file.getFileName() + " opens with a comment saying when and how it is applied");
            documents.addAll(documents(file));
        }
        for (Map<String, Object> document : documents) {
            if ("Secret".equals(document.get("kind"))) {
                secrets.put(
                        (String) map(document.get("metadata")).get("name"),
                        map(document.get("stringData")).keySet());
            } else if ("Certificate".equals(document.get("kind"))) {
                secrets.put(
                        (String) map(document.get("spec")).get("secretName"), Set.of("tls.crt", "tls.key", "ca.crt"));
            }
        }
        List<Map<String, Object>> references = new ArrayList<>();
        documents.forEach(document -> collectSecretReferences(document, references));
        assertTrue(references.size() > 10, references.toString());
        for (Map<String, Object> reference : references) {
            Set<String> keys = secrets.get((String) reference.get("name"));
            assertTrue(
                    keys != null,
                    "the Secret " + reference.get("name")
                            + " is neither in kakehashi-secrets.example.yaml nor a Certificate's");
            if (reference.containsKey("key")) {
                assertTrue(keys.contains((String) reference.get("key")), reference + ": no such key in " + keys);
            }
        }
    }

    /** secretKeyRef and basicAuth parts ({name, key}), secret volumes, secretRef, and the operator's certificateSecretRef. */
    private static void collectSecretReferences(Object node, List<Map<String, Object>> references) {
        if (node instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                Object value = entry.getValue();
                switch (String.valueOf(entry.getKey())) {
                    case "secretKeyRef", "username", "password" -> {
                        if (value instanceof Map<?, ?>) {
                            references.add(map(value));
                        }
                    }
                    case "secretRef" -> references.add(Map.of("name", map(value).get("name")));
                    case "secret" -> {
                        if (map(value).containsKey("secretName")) {
                            references.add(Map.of("name", map(value).get("secretName")));
                        } else if (map(value).containsKey("name")) {
                            references.add(map(value));
                        }
                    }
                    case "certificateSecretRef" -> references.add(Map.of("name", value));
                    default -> {}
                }
                collectSecretReferences(value, references);
            }
        } else if (node instanceof List<?> list) {
            list.forEach(element -> collectSecretReferences(element, references));
        }
    }

    /** Variables the pods set that are the JVM's, the image's or Artemis's, not Kakehashi's settings. */
    private static final Set<String> NOT_SETTINGS = Set.of(
            "JAVA_TOOL_OPTIONS",
            "POD_NAME",
            "ARTEMIS_USER",
            "ARTEMIS_PASSWORD",
            "ARTEMIS_CLUSTER_PASSWORD",
            "ARTEMIS_KEYSTORE_PASSWORD",
            "EXTRA_ARGS",
            "JAVA_ARGS_APPEND");

    /** The settings the manifests set, as docs/deployment.md's production table and docs/configuration.md name them. */
    private static final List<String> DOCUMENTED = List.of(
            "kakehashi.public-url",
            "kakehashi.db.host",
            "kakehashi.db.port",
            "kakehashi.db.name",
            "kakehashi.db.user",
            "kakehashi.db.password",
            "kakehashi.keystore.file",
            "kakehashi.keystore.password",
            "kakehashi.mail.host",
            "kakehashi.mail.from",
            "kakehashi.mail.user",
            "kakehashi.mail.password",
            "sns.topic-arns",
            "amazon-pay.public-key-id",
            "amazon-pay.private-key",
            "amazon-pay.merchant-id",
            "amazon-pay.store-id",
            "lwa.client-id",
            "lwa.client-secret",
            "drs.token-keys",
            "drs.token-key-id",
            "kakehashi.recovery.identity",
            "kakehashi.messaging.host",
            "kakehashi.messaging.port",
            "kakehashi.messaging.password",
            "kakehashi.messaging.keystore.file",
            "kakehashi.messaging.keystore.password",
            "kakehashi.artemis.password",
            "kakehashi.artemis.connection-parameters",
            "kakehashi.data.dir",
            "kakehashi.trusted-proxies");

    /** The names of every env entry of the OpenLibertyApplications and of every container and init container. */
    private static void collectEnvironmentNames(List<Map<String, Object>> documents, List<String> names) {
        for (Map<String, Object> document : documents) {
            Object spec = document.get("spec");
            if ("OpenLibertyApplication".equals(document.get("kind"))) {
                environment(map(spec).get("env"), names);
                containers(map(spec).get("initContainers"), names);
            } else if ("StatefulSet".equals(document.get("kind"))) {
                Map<String, Object> podSpec = map(map(map(spec).get("template")).get("spec"));
                containers(podSpec.get("containers"), names);
                containers(podSpec.get("initContainers"), names);
            }
        }
    }

    private static void containers(Object containers, List<String> names) {
        if (containers != null) {
            for (Object container : (List<?>) containers) {
                environment(map(container).get("env"), names);
            }
        }
    }

    private static void environment(Object env, List<String> names) {
        if (env != null) {
            for (Object variable : (List<?>) env) {
                names.add(String.valueOf(map(variable).get("name")));
            }
        }
    }

    private static List<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> only(List<Map<String, Object>> documents, String kind) {
        List<Map<String, Object>> ofKind = documents.stream()
                .filter(document -> kind.equals(document.get("kind")))
                .toList();
        assertTrue(!ofKind.isEmpty(), "no " + kind);
        return ofKind.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> document) {
        return JSON.convertValue(JSON.valueToTree(document), LinkedHashMap.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /**
     * The published schemas, each kind's by its apiVersion, made to check what the API server checks (the README beside
     * them): unknown fields rejected, IntOrString and Quantity in their wire form, only validating keywords kept.
     */
    private static final class Schemas {

        private record Source(String jar, String resource, String definition) {}

        private static final Map<String, Source> BY_KIND = Map.of(
                "v1/ConfigMap",
                        new Source(
                                "kubernetes-model-core", "schema/validation-schema.json", "kubernetes_core_ConfigMap"),
                "v1/Secret",
                        new Source("kubernetes-model-core", "schema/validation-schema.json", "kubernetes_core_Secret"),
                "v1/Service",
                        new Source("kubernetes-model-core", "schema/validation-schema.json", "kubernetes_core_Service"),
                "apps/v1/StatefulSet",
                        new Source(
                                "kubernetes-model-apps",
                                "schema/validation-schema.json",
                                "kubernetes_apps_StatefulSet"),
                "networking.k8s.io/v1/NetworkPolicy",
                        new Source(
                                "kubernetes-model-networking",
                                "schema/validation-schema.json",
                                "kubernetes_networking_v1_NetworkPolicy"),
                "networking.k8s.io/v1/Ingress",
                        new Source(
                                "kubernetes-model-networking",
                                "schema/validation-schema.json",
                                "kubernetes_networking_v1_Ingress"),
                "policy/v1/PodDisruptionBudget",
                        new Source(
                                "kubernetes-model-policy",
                                "schema/validation-schema.json",
                                "kubernetes_policy_v1_PodDisruptionBudget"),
                "cert-manager.io/v1/Certificate",
                        new Source(
                                "certmanager-model-v1",
                                "schema/certmanager-schema.json",
                                "github_com_cert-manager_cert-manager_pkg_apis_certmanager_v1_Certificate"),
                "cert-manager.io/v1/Issuer",
                        new Source(
                                "certmanager-model-v1",
                                "schema/certmanager-schema.json",
                                "github_com_cert-manager_cert-manager_pkg_apis_certmanager_v1_Issuer"));
        private static final String OPEN_LIBERTY_APPLICATION = "apps.openliberty.io/v1/OpenLibertyApplication";
        private static final Set<String> KEYWORDS = Set.of(
                "type",
                "properties",
                "additionalProperties",
                "items",
                "$ref",
                "required",
                "enum",
                "anyOf",
                "allOf",
                "oneOf",
                "not",
                "pattern",
                "minLength",
                "maxLength",
                "minimum",
                "maximum",
                "minItems",
                "maxItems",
                "definitions");

        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        private final Map<String, ObjectNode> files = new HashMap<>();
        private final Map<String, JsonSchema> compiled = new HashMap<>();

        List<String> validate(Map<String, Object> document) {
            String key = document.get("apiVersion") + "/" + document.get("kind");
            JsonSchema schema;
            try {
                schema = schema(key);
            } catch (IllegalArgumentException noSchema) {
                return List.of(noSchema.getMessage());
            }
            Set<ValidationMessage> messages = schema.validate(JSON.valueToTree(document));
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        }

        private JsonSchema schema(String key) {
            return compiled.computeIfAbsent(key, this::compile);
        }

        private JsonSchema compile(String key) {
            if (key.equals(OPEN_LIBERTY_APPLICATION)) {
                return factory.getSchema(openLibertyApplication());
            }
            Source source = BY_KIND.get(key);
            if (source == null) {
                throw new IllegalArgumentException("no published schema here for " + key);
            }
            ObjectNode file = files.computeIfAbsent(source.jar() + "!" + source.resource(), ignored -> load(source));
            assertTrue(file.get("definitions").has(source.definition()), source.toString());
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$ref", "#/definitions/" + source.definition());
            root.set("definitions", file.get("definitions"));
            return factory.getSchema(root);
        }

        private static ObjectNode load(Source source) {
            try {
                for (URL url : Collections.list(
                        DeploymentFilesTest.class.getClassLoader().getResources(source.resource()))) {
                    if (url.toString().contains("/" + source.jar() + "-")) {
                        try (InputStream in = url.openStream()) {
                            ObjectNode definitions =
                                    (ObjectNode) JSON.readTree(in).get("definitions");
                            ObjectNode strict = JsonNodeFactory.instance.objectNode();
                            definitions
                                    .fields()
                                    .forEachRemaining(entry ->
                                            strict.set(entry.getKey(), wireForm(entry.getKey(), entry.getValue())));
                            ObjectNode file = JsonNodeFactory.instance.objectNode();
                            file.set("definitions", strict);
                            return file;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError(source.resource() + " of " + source.jar() + " is not on the test class path");
        }

        /** fabric8's IntOrString and Quantity are Java objects; in YAML and JSON they are an integer or a string. */
        private static JsonNode wireForm(String name, JsonNode definition) {
            if (name.endsWith("_IntOrString") || name.endsWith("_Quantity")) {
                ObjectNode either = JsonNodeFactory.instance.objectNode();
                ArrayNode anyOf = either.putArray("anyOf");
                anyOf.addObject().put("type", name.endsWith("_Quantity") ? "number" : "integer");
                anyOf.addObject().put("type", "string");
                return either;
            }
            return strict(definition);
        }

        private static JsonNode openLibertyApplication() {
            try (Reader reader = Files.newBufferedReader(
                    Path.of("src/test/resources/schemas/apps.openliberty.io_openlibertyapplications.yaml"))) {
                Map<String, Object> crd = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
                assertEquals(
                        "OpenLibertyApplication",
                        map(map(crd.get("spec")).get("names")).get("kind"));
                for (Object version : (List<?>) map(crd.get("spec")).get("versions")) {
                    if ("v1".equals(map(version).get("name"))) {
                        assertEquals(true, map(version).get("served"));
                        return strict(
                                JSON.valueToTree(map(map(version).get("schema")).get("openAPIV3Schema")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return fail("the CRD has no version v1");
        }

        /**
         * A schema with only the validating keywords, and no field beyond its properties unless it says so: an object
         * with properties and no additionalProperties of its own, nor a CRD's x-kubernetes-preserve-unknown-fields, gets
         * additionalProperties false. fabric8's "required": true on apiVersion and kind is dropped: it is a hint for its
         * Java classes (an embedded PersistentVolumeClaim has neither), and a document's kind picks its schema anyway.
         * A CRD's x-kubernetes-int-or-string becomes an integer or a string.
         */
        private static JsonNode strict(JsonNode node) {
            if (!node.isObject()) {
                return node;
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            List<String> required = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String keyword = field.getKey();
                JsonNode value = field.getValue();
                if (!KEYWORDS.contains(keyword)) {
                    continue;
                }
                switch (keyword) {
                    case "properties", "definitions" -> {
                        ObjectNode children = result.putObject(keyword);
                        value.fields()
                                .forEachRemaining(child -> children.set(child.getKey(), strict(child.getValue())));
                    }
                    case "items", "additionalProperties", "not" ->
                        result.set(keyword, value.isArray() ? strictAll(value) : strict(value));
                    case "anyOf", "allOf", "oneOf" -> result.set(keyword, strictAll(value));
                    case "required" -> {
                        if (value.isArray()) {
                            value.forEach(name -> required.add(name.asText()));
                        }
                    }
                    default -> result.set(keyword, value);
                }
            }
            if (!required.isEmpty()) {
                ArrayNode list = result.putArray("required");
                required.stream().distinct().forEach(list::add);
            }
            if (node.path("x-kubernetes-int-or-string").asBoolean(false) && !result.has("anyOf")) {
                ArrayNode anyOf = result.putArray("anyOf");
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
            }
            boolean open = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                    || (node.has("additionalProperties")
                            && !node.get("additionalProperties").equals(JsonNodeFactory.instance.booleanNode(true)));
            if (result.has("properties") && !open) {
                result.put("additionalProperties", false);
            }
            return result;
        }

        private static ArrayNode strictAll(JsonNode array) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> result.add(strict(element)));
            return result;
        }
    }
}
