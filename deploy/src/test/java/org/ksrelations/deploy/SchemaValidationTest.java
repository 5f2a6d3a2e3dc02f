package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every object of every rendered target (the base, every overlay, and the cluster's edge in deploy/kubernetes/cluster)
 * is valid against its JSON schema: Kubernetes' own and those of the custom resources (CloudNativePG, Gateway API,
 * Prometheus Operator, Envoy Gateway), offline, with the npm packages pinned in deploy/schema/package-lock.json
 * (installed by this module's build with {@code npm ci}) and deploy/schema/validate.mjs.
 * <p>
 * A kind none of those packages carries fails the test, except the ones listed in {@link #CHECKED_STRUCTURALLY},
 * whose structure the named test checks in Java instead.
 */
class SchemaValidationTest {

    /** Kinds without a schema in the packages, and the test that checks them instead. */
    static final Map<String, String> CHECKED_STRUCTURALLY = Map.of(
            "barmancloud.cnpg.io/v1 ObjectStore",
            "ProductionOverlayTest.theObjectStoreNamesItsBucketAndTakesCredentialsFromASecret");

    static Stream<String> targets() {
        return Stream.concat(Kustomize.targets(), Stream.of(ClusterEdgeTest.TARGET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyRenderedObjectIsValidAgainstItsSchema(String target) throws IOException, InterruptedException {
        Manifests m = Kustomize.render(target);
        List<String> lines = validate(m.docs);
        assertEquals(m.docs.size(), lines.size(), "validate.mjs answers once per object:\n" + String.join("\n", lines));
        List<String> errors = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", 5);
            String object = f[1] + " " + f[2] + "/" + f[3];
            switch (f[0]) {
                case "OK" -> { }
                case "INVALID" -> errors.add(object + " does not match its schema: " + f[4]);
                case "NO_SCHEMA" -> {
                    if (!CHECKED_STRUCTURALLY.containsKey(f[1] + " " + f[2])) {
                        errors.add(object + " has no schema in the kubernetes-models packages (add the package that "
                                + "carries it to deploy/schema/package.json, or check it structurally and list it here)");
                    }
                }
                default -> errors.add("unexpected answer of validate.mjs: " + line);
            }
        }
        if (!errors.isEmpty()) {
            fail("schema validation failed in " + target + ":\n  - " + String.join("\n  - ", errors));
        }
    }

    /** The check is not vacuous: a wrong field type and a wrong enum value are reported with the object's name. */
    @Test
    void anInvalidObjectIsReportedByNameWithItsSchemaError() throws IOException, InterruptedException {
        Map<String, Object> deployment = Map.of("apiVersion", "apps/v1", "kind", "Deployment",
                "metadata", Map.of("name", "broken"),
                "spec", Map.of("replicas", "two", "selector", Map.of(), "template", Map.of()));
        Map<String, Object> route = Map.of("apiVersion", "gateway.networking.k8s.io/v1", "kind", "HTTPRoute",
                "metadata", Map.of("name", "broken-route"),
                "spec", Map.of("rules", List.of(Map.of("matches", List.of(Map.of("path", Map.of("type", "Glob", "value", "/x")))))));
        List<String> lines = validate(List.of(deployment, route));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertEquals(List.of("INVALID", "apps/v1", "Deployment", "broken"), List.of(lines.get(0).split("\t")).subList(0, 4));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(0).contains("/spec/replicas must be integer"), lines.get(0));
        assertEquals(List.of("INVALID", "gateway.networking.k8s.io/v1", "HTTPRoute", "broken-route"),
                List.of(lines.get(1).split("\t")).subList(0, 4));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).contains("/spec/rules/0/matches/0/path/type"), lines.get(1));
    }

    /** Runs validate.mjs on the objects; one line per object. */
    static List<String> validate(List<Map<String, Object>> docs) throws IOException, InterruptedException {
        Path schemaDir = Repo.root().resolve("deploy/schema");
        if (!Files.isDirectory(schemaDir.resolve("node_modules/kubernetes-models"))) {
            fail("the schema packages are not installed in " + schemaDir + "/node_modules: the deploy module's build "
                    + "runs `npm ci` there (generate-test-resources); run it by hand with `npm ci --prefix deploy/schema`");
        }
        Path node = node().orElseThrow(() -> new AssertionError("node was not found on the PATH (nor in -Dksr.node / "
                + "$NODE): the schema validation runs validate.mjs with Node.js"));
        Path input = Files.createTempFile("rendered-", ".json");
        try {
            Files.writeString(input, Json.write(docs), StandardCharsets.UTF_8);
            String out = Processes.output("validate.mjs",
                    new ProcessBuilder(node.toString(), schemaDir.resolve("validate.mjs").toString(), input.toString())
                            .directory(schemaDir.toFile()));
            return out.lines().filter(l -> !l.isBlank()).toList();
        } finally {
            Files.deleteIfExists(input);
        }
    }

    static Optional<Path> node() {
        String explicit = Optional.ofNullable(System.getProperty("ksr.node")).orElse(System.getenv("NODE"));
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "node"))) {
                return Optional.of(Path.of(dir, "node"));
            }
        }
        return Optional.empty();
    }

    /** The JSON of parsed YAML (maps, lists, strings, numbers, booleans, null): what validate.mjs reads. */
    static final class Json {

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object v, StringBuilder out) {
            if (v == null) {
                out.append("null");
            } else if (v instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (v instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long
                    || v instanceof java.math.BigInteger) {
                out.append(v);
            } else if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    fail("a rendered value is not a JSON number: " + v);
                }
                out.append(v);
            } else if (v instanceof String s) {
                string(s, out);
            } else {
                // SnakeYAML's safe constructor also yields dates and byte arrays; manifests carry neither
                fail("a rendered value of type " + v.getClass().getName() + " cannot be written as JSON: " + v);
            }
        }

        private static void string(String s, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        private Json() {
        }
    }
}
