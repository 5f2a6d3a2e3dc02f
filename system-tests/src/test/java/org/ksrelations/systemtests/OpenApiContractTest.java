package org.ksrelations.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules every operation of the committed contract (openapi/ksrelations-api.json) keeps, so that generated clients
 * stay good: GeneratedClientTest proves the served document is this file, this test proves the file is complete.
 */
class OpenApiContractTest {

    static final Path CONTRACT = Path.of(System.getProperty("ksr.root", ".."), "openapi", "ksrelations-api.json");

    static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    static JsonNode api;

    @BeforeAll
    static void read() throws IOException {
        api = new ObjectMapper().readTree(CONTRACT.toFile());
    }

    /** Calls {@code check} with "METHOD /path" and the operation, for every operation. */
    static void operations(BiConsumer<String, JsonNode> check) {
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "head", "post", "put", "patch", "delete").contains(op.getKey())) {
                check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }

    static void assertNone(List<String> violations) {
        assertTrue(violations.isEmpty(), violations.size() + " violation(s): " + String.join("; ", violations));
    }

    @Test
    void isOpenApi31WithLicenceAndTheBearerScheme() {
        assertTrue(api.path("openapi").asText().startsWith("3.1"));
        assertTrue(api.path("info").path("license").has("url"), "3.1 needs a licence url or identifier");
        JsonNode bearer = api.path("components").path("securitySchemes").path("bearer");
        assertEquals("http", bearer.path("type").asText());
        assertEquals("bearer", bearer.path("scheme").asText());
        assertEquals("JWT", bearer.path("bearerFormat").asText());
    }

    @Test
    void everyOperationHasAUniqueIdOneDeclaredTagASummaryAndADescription() {
        Set<String> tags = new HashSet<>();
        api.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> ids = new HashSet<>();
        List<String> violations = new ArrayList<>();
        operations((name, op) -> {
            if (!ids.add(op.path("operationId").asText())) {
                violations.add(name + ": operationId missing or repeated");
            }
            if (op.path("tags").size() != 1 || !tags.contains(op.path("tags").path(0).asText())) {
                violations.add(name + ": not exactly one declared tag " + op.path("tags"));
            }
            if (op.path("summary").asText().isBlank() || op.path("description").asText().isBlank()) {
                violations.add(name + ": summary or description missing");
            }
        });
        assertNone(violations);
        assertTrue(ids.size() >= 40, "every operation of the four applications: " + ids.size());
    }

    @Test
    void everyParameterIsDescribedWithASchema() {
        List<String> violations = new ArrayList<>();
        operations((name, op) -> op.path("parameters").forEach(p -> {
            if (p.path("description").asText().isBlank() || !p.has("schema")) {
                violations.add(name + " " + p.path("name").asText());
            }
        }));
        assertNone(violations);
    }

    @Test
    void pagingParametersDeclareTheirBounds() {
        List<String> violations = new ArrayList<>();
        operations((name, op) -> op.path("parameters").forEach(p -> {
            if (p.path("name").asText().equals("limit")
                    && (!p.path("schema").has("minimum") || !p.path("schema").has("maximum"))) {
                violations.add(name);
            }
        }));
        assertNone(violations);
    }

    @Test
    void writesAndOnlyWritesRequireTheBearerTokenAndReadsSayTheyArePublic() {
        List<String> violations = new ArrayList<>();
        operations((name, op) -> {
            boolean write = WRITES.contains(name.substring(0, name.indexOf(' ')).toLowerCase());
            boolean secured = op.path("security").toString().contains("bearer");
            if (write != secured) {
                violations.add(name + (write ? ": write without security" : ": read with security"));
            }
            if (!write && !(op.path("security").isArray() && op.path("security").isEmpty())) {
                violations.add(name + ": a public read without security: []");
            }
            if (write && (!op.path("responses").has("401") || !op.path("responses").has("403"))) {
                violations.add(name + ": 401/403 not documented");
            }
        });
        assertNone(violations);
    }

    @Test
    void everyErrorAnswerIsProblemJson() {
        List<String> violations = new ArrayList<>();
        operations((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                JsonNode schema = r.getValue().path("content").path("application/problem+json").path("schema");
                if (!schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                    violations.add(name + " " + r.getKey());
                }
            }
        }));
        operations((name, op) -> {
            for (String code : List.of("500", "503")) {
                if (!op.path("responses").has(code)) {
                    violations.add(name + ": " + code + " not documented");
                }
            }
        });
        assertNone(violations);
    }

    @Test
    void successfulJsonAnswersAreTypedAndBodiesHaveSchemaAndExample() {
        List<String> violations = new ArrayList<>();
        operations((name, op) -> {
            op.path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2")) {
                    r.getValue().path("content").fields().forEachRemaining(c -> {
                        JsonNode s = c.getValue().path("schema");
                        if (c.getKey().endsWith("json") && !s.has("$ref")
                                && !(s.path("type").asText().equals("array") && s.path("items").has("$ref"))) {
                            violations.add(name + " " + r.getKey() + " " + c.getKey() + " is untyped");
                        }
                    });
                }
            });
            op.path("requestBody").path("content").fields().forEachRemaining(c -> {
                if (!c.getValue().has("schema") || !(c.getValue().has("examples") || c.getValue().has("example"))) {
                    violations.add(name + " body " + c.getKey() + " lacks a schema or an example");
                }
            });
        });
        assertNone(violations);
    }

    @Test
    void enumsAreNamedSchemasAndEveryReferenceResolves() {
        JsonNode schemas = api.path("components").path("schemas");
        List<String> violations = new ArrayList<>();
        schemas.fields().forEachRemaining(s -> s.getValue().path("properties").fields().forEachRemaining(p -> {
            if (p.getValue().has("enum") || p.getValue().path("items").has("enum")) {
                violations.add(s.getKey() + "." + p.getKey() + " has an inline enum");
            }
        }));
        Matcher refs = Pattern.compile("\"#/components/schemas/([^\"]+)\"").matcher(api.toString());
        while (refs.find()) {
            if (!schemas.has(refs.group(1))) {
                violations.add("dangling reference to " + refs.group(1));
            }
        }
        assertNone(violations);
    }

    @Test
    void localizedTextsAreOneTypeForGenerators() {
        JsonNode schemas = api.path("components").path("schemas");
        JsonNode localized = schemas.path("LocalizedString").path("oneOf");
        assertEquals(2, localized.size());
        assertEquals("string", localized.path(0).path("type").asText());
        assertEquals("#/components/schemas/LocalizedText", localized.path(1).path("$ref").asText());
        assertEquals("en", schemas.path("LocalizedText").path("required").path(0).asText());
        for (Map.Entry<String, String> field : Map.of("Event", "title", "Agreement", "title",
                "AgreementMilestone", "description", "Membership", "summary").entrySet()) {
            assertEquals("#/components/schemas/LocalizedString",
                    schemas.path(field.getKey()).path("properties").path(field.getValue()).path("$ref").asText(),
                    field.toString());
        }
    }
}
