package org.ksrelations.systemtests;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks an HTTP answer against the OpenAPI contract: the status must be declared for the operation, the media type
 * declared for that status, and a JSON body must validate against the schema declared for both (JSON Schema 2020-12
 * with the OpenAPI 3.1 dialect, {@code $ref}s resolved inside the document, formats such as {@code date} asserted).
 * <p>
 * Stricter than the contract on one point, on purpose: an object schema that lists its properties and says nothing of
 * others is read as closed ({@code unevaluatedProperties: false}), so that a field the answer carries but the contract
 * does not describe is reported too.
 */
final class ContractValidator {

    /** Where the validator knows the document (no network: the content is handed over). */
    private static final String DOCUMENT_IRI = "https://contract.ksrelations.test/ksrelations-api.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JsonNode api;
    private final SchemaRegistry registry;

    private ContractValidator(JsonNode api) {
        this.api = api;
        JsonNode closed = api.deepCopy();
        closeObjectSchemas(closed.path("components").path("schemas"));
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(java.util.Map.of(DOCUMENT_IRI, closed.toString()))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    static ContractValidator of(Path contract) throws IOException {
        return of(Files.readString(contract));
    }

    static ContractValidator of(String contract) {
        return new ContractValidator(JSON.readTree(contract));
    }

    /** The contract itself (read-only use). */
    JsonNode api() {
        return api;
    }

    /**
     * What is wrong with an answer of {@code method pathTemplate}: empty when the answer keeps the contract.
     *
     * @param pathTemplate the contract's path ({@code /api/v1/events/{slug}}), not the called URL
     * @param contentType  the answer's Content-Type header (parameters are ignored), null without a body
     */
    List<String> violations(String method, String pathTemplate, int status, String contentType, String body) {
        String where = method.toUpperCase(Locale.ROOT) + " " + pathTemplate + " -> " + status;
        JsonNode operation = api.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(where + ": no such operation in the contract");
        }
        String code = String.valueOf(status);
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
        JsonNode response = operation.path("responses").path(code);
        if (response.isMissingNode()) {
            code = status / 100 + "XX";
            response = operation.path("responses").path(code);
        }
        if (response.isMissingNode()) {
            code = "default";
            response = operation.path("responses").path(code);
        }
        if (response.isMissingNode()) {
            return List.of(where + ": status not declared (declared: " + names(operation.path("responses")) + ")");
        }
        pointer += escape(code);
        if (response.has("$ref")) {
            pointer = response.path("$ref").asString().substring(1);
            response = at(pointer);
        }
        JsonNode content = response.path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody) {
            return List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            return List.of(where + ": media type " + mediaType + " not declared (declared: " + names(content) + ")");
        }
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (!json || !content.path(mediaType).has("schema")) {
            return List.of(); // CSV, HTML, JSON Lines, a zip: the declared media type is all the contract says
        }
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer + "/content/"
                + escape(mediaType) + "/schema"));
        List<Error> errors;
        try {
            errors = schema.validate(body, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(where + ": the body is not JSON (" + e.getMessage() + ")");
        }
        List<String> out = new ArrayList<>();
        for (Error e : errors) {
            out.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage()
                    + " [schema " + e.getSchemaLocation() + "]");
        }
        return out;
    }

    /** The contract's operations, as "METHOD /path", every method the paths declare. */
    List<String> operations() {
        List<String> ops = new ArrayList<>();
        for (var path : api.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (List.of("get", "head", "post", "put", "patch", "delete", "options").contains(op.getKey())) {
                    ops.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return ops;
    }

    private JsonNode at(String pointer) {
        return api.at(pointer);
    }

    /** An object schema that lists properties and says nothing of others is read as closed. */
    private static void closeObjectSchemas(JsonNode schemas) {
        for (var entry : schemas.properties()) {
            if (entry.getValue() instanceof ObjectNode s && s.has("properties")
                    && !s.has("additionalProperties") && !s.has("unevaluatedProperties")) {
                s.put("unevaluatedProperties", false);
            }
        }
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return String.join(", ", names);
    }

    /** A JSON pointer segment (RFC 6901). */
    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
