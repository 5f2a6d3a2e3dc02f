package org.ksrelations.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.ksrelations.kit.api.ListResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The API conventions of DESIGN.md written into the OpenAPI document once, instead of on every operation: every
 * operation lists the problem+json answers it can give (400 for any parameter or body, 401/403 on secured writes,
 * 404 under a path parameter, 406, 412/428 with If-Match, 413/415/422 with a body, 500, 503), every header has a
 * schema, every path parameter a description; a public operation says so ({@code security: []}), an example of a
 * multi-valued parameter is an array, a nullable reference's type admits null, and a merge-patch body requires no
 * member; under the paths named by {@code ksr.openapi.renamed-slug-paths} (records whose old slugs redirect), a read
 * documents 301 and a write 308 with the new {@code Location}. What operations of a kind say alike (the standard
 * query parameters, a write's ETag and Location, the 304 of a record's read) comes from {@link StandardDocs}. Runs at build time, so the stored document (merged by the gateway and committed as the contract) carries it;
 * the build lints that contract with Spectral and Redocly (openapi/.spectral.yaml, openapi/redocly.yaml).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String MERGE_PATCH_MEDIA_TYPE = "application/merge-patch+json";

    /**
     * Paths (templates, e.g. {@code /api/v1/events/{slug}}) whose records keep their old slugs as aliases: operations
     * on them and below them document the 301 (reads) or 308 (writes) an old slug answers. Each service names its own.
     */
    static final String RENAMED_SLUG_PATHS = "ksr.openapi.renamed-slug-paths";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        localizedString(api);
        refsWithoutType(api);
        nullableRefs(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        List<String> renamed = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValues(RENAMED_SLUG_PATHS, String.class).orElse(List.of());
        api.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, op) -> {
                    StandardDocs.apply(method, op);
                    conventions(path, method, op);
                    if (renamed.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                        renamedSlug(method, op);
                    }
                }));
        mergePatchBodies(api);
    }

    static void conventions(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getDescription() == null || op.getDescription().isBlank()) {
            op.setDescription(op.getSummary());
        }
        if (method == PathItem.HttpMethod.GET) {
            csvList(op);
        }
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        for (Parameter p : params) {
            if (p.getIn() == Parameter.In.PATH && p.getDescription() == null) {
                p.setDescription("Public identifier of the " + p.getName().replace('-', ' ') + " (as in the record's URL)");
            }
            if (p.getSchema() == null && p.getContent() == null) {
                p.setSchema(string());
            }
            arrayExample(p);
        }
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (op.getSecurity() == null) {
            // public: say so, instead of leaving a reader (and linters) to guess whether a default applies
            op.setSecurity(new ArrayList<>());
        }
        boolean body = op.getRequestBody() != null;
        boolean pathParam = path.contains("{");
        boolean ifMatch = params.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (!params.isEmpty() || body) {
            add(responses, "400", "Malformed request: an invalid parameter, header or body");
        }
        if (secured) {
            add(responses, "401", "No bearer token, or an expired or invalid one");
            add(responses, "403", "The token is valid but not in the group 'editor'");
        }
        if (pathParam) {
            add(responses, "404", "No such record");
        }
        if (method == PathItem.HttpMethod.GET) {
            add(responses, "406", "None of the media types in Accept can be produced");
            conditionalRead(responses);
        }
        if (ifMatch) {
            add(responses, "412", "If-Match does not match the record's current ETag");
            add(responses, "428", "If-Match is missing");
        }
        if (body) {
            add(responses, "413", "The body is larger than 1 MB");
            add(responses, "415", "Unsupported Content-Type");
            add(responses, "422", "The body breaks a validation rule (see errors[])");
        }
        add(responses, "500", "Unexpected error (reported with its request id, never with a stack trace)");
        add(responses, "503", "The database or a downstream service is unavailable; retry later");
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            APIResponse r = e.getValue();
            if (r.getRef() != null) {
                continue;
            }
            if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                if (r.getContent() == null || r.getContent().getMediaType(PROBLEM_MEDIA_TYPE) == null) {
                    Content c = r.getContent() == null ? OASFactory.createContent() : r.getContent();
                    c.addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
                    r.setContent(c);
                } else if (r.getContent().getMediaType(PROBLEM_MEDIA_TYPE).getSchema() == null) {
                    // a problem answer declared for its example only
                    r.getContent().getMediaType(PROBLEM_MEDIA_TYPE).setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
                }
            }
            if (r.getHeaders() != null) {
                for (Header h : r.getHeaders().values()) {
                    if (h.getRef() == null && h.getSchema() == null && h.getContent() == null) {
                        h.setSchema(string());
                    }
                }
            }
        }
    }

    /**
     * An operation on a record that may have been renamed: its old slug answers a permanent redirect to the same URL
     * with the new slug (query string kept), 301 for a read and 308 for a write (which the client repeats, method and
     * body, at the new URL).
     */
    static void renamedSlug(PathItem.HttpMethod method, Operation op) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        String code = read ? "301" : "308";
        if (op.getResponses().getAPIResponse(code) != null) {
            return;
        }
        op.getResponses().addAPIResponse(code, OASFactory.createAPIResponse()
                .description(read ? "The slug is a former slug of a renamed record: the record is at Location (the"
                        + " same URL with its current slug, query string kept)"
                        : "The slug is a former slug of a renamed record: repeat the request (same method and body)"
                        + " at Location")
                .addHeader("Location", OASFactory.createHeader().required(true)
                        .description("The URL with the record's current slug").schema(string())));
    }

    /**
     * A list that answers CSV (its 200 has a {@code text/csv} content) takes {@code format} and {@code bom}, read by
     * the kit's {@code ListResponses}, its CSV answer carries {@code Content-Disposition}, and when it is paged (takes
     * {@code cursor}) a page with a next one carries {@code Link: rel="next"} (also written by {@code ListResponses}).
     */
    static void csvList(Operation op) {
        APIResponse ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType(ListResponses.CSV) == null) {
            return;
        }
        boolean has = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> ListResponses.FORMAT.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        if (!has) {
            op.addParameter(OASFactory.createParameter().name(ListResponses.FORMAT).in(Parameter.In.QUERY)
                    .description("csv or json: the answer's format; wins over Accept (text/csv or application/json)."
                            + " A CSV answer is a download named <dataset>-<version>.csv")
                    .schema(string().enumeration(List.of("csv", "json")))
                    .example("csv"));
            op.addParameter(OASFactory.createParameter().name(ListResponses.BOM).in(Parameter.In.QUERY)
                    .description("With CSV: true starts the file with a UTF-8 byte order mark (for spreadsheets)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN).defaultValue(false))
                    .example(true));
        }
        boolean paged = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "cursor".equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        if (paged && (ok.getHeaders() == null || !ok.getHeaders().containsKey("Link"))) {
            ok.addHeader("Link", OASFactory.createHeader()
                    .description("<…>; rel=\"next\" when there is a next page").schema(string()));
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("Content-Disposition")) {
            ok.addHeader("Content-Disposition", OASFactory.createHeader()
                    .description("With CSV: attachment; filename=\"<dataset>-<version>.csv\"")
                    .schema(string()));
        }
    }

    /**
     * {@code LocalizedString}: a text in the requested language, or a {@code LocalizedText} of every language with
     * {@code lang=all}. Declared here because a Java type cannot carry a oneOf of a string and an object; fields refer
     * to it with {@code @Schema(ref = "LocalizedString")}.
     */
    static void localizedString(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("LocalizedString", OASFactory.createSchema()
                .description("Text in the requested language (string), or in every language (object) with lang=all")
                .addOneOf(string())
                .addOneOf(OASFactory.createSchema().ref("#/components/schemas/LocalizedText")));
    }

    /**
     * A property that refers to a named schema carries no {@code type: object} of its own: the scanner adds it next to
     * a reference to a string enum, which contradicts it (generators drop it with a warning). Other types next to a
     * reference stay: {@code ["string", "null"]} is how a nullable reference is marked.
     */
    static void refsWithoutType(OpenAPI api) {
        forEachComponentProperty(api, property -> {
            if (property.getRef() != null && List.of(Schema.SchemaType.OBJECT).equals(property.getType())) {
                property.setType(null);
            }
        });
    }

    /** Every property of every named schema of the document. */
    static void forEachComponentProperty(OpenAPI api, Consumer<Schema> action) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : api.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(action);
            }
        }
    }

    /**
     * A multi-valued parameter ({@code type: array}, repeated or comma-separated) written with one value as its example
     * ({@code example = "RATIFIED"} on the annotation) gets that value as a one-element array, which its schema accepts.
     */
    static void arrayExample(Parameter p) {
        Schema schema = p.getSchema();
        Object example = p.getExample();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)
                && example != null && !(example instanceof List)) {
            p.setExample(List.of(example));
        }
    }

    /**
     * A nullable property that refers to a named schema is {@code anyOf: [{$ref}, {type: null}]}; the scanner sometimes
     * writes {@code type: object} next to it instead of {@code ["object", "null"]}, which rejects the null the anyOf
     * allows (and the null the service answers). The type then admits null too.
     */
    static void nullableRefs(OpenAPI api) {
        forEachComponentProperty(api, property -> {
            List<Schema.SchemaType> type = property.getType();
            if (type != null && !type.isEmpty() && !type.contains(Schema.SchemaType.NULL)
                    && property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(OpenApiConventions::isNull)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }

    private static boolean isNull(Schema s) {
        return s.getRef() == null && List.of(Schema.SchemaType.NULL).equals(s.getType());
    }

    /**
     * A JSON merge patch (RFC 7396, {@code application/merge-patch+json}) changes only the members it names, so the
     * named schema of such a body requires none (the bean-validation constraints that mark them required apply to the
     * record after the patch).
     */
    static void mergePatchBodies(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        String prefix = "#/components/schemas/";
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                return;
            }
            MediaType patch = op.getRequestBody().getContent().getMediaType(MERGE_PATCH_MEDIA_TYPE);
            String ref = patch == null || patch.getSchema() == null ? null : patch.getSchema().getRef();
            Schema named = ref == null || !ref.startsWith(prefix)
                    ? null : api.getComponents().getSchemas().get(ref.substring(prefix.length()));
            if (named != null) {
                named.setRequired(null);
            }
        }));
    }

    /**
     * Every public read is conditional: its 200 carries an {@code ETag} (and usually {@code Last-Modified}), and
     * {@code If-None-Match} / {@code If-Modified-Since} with the current ones answer 304 without a body.
     */
    static void conditionalRead(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null) {
            return;
        }
        if (ok.getHeaders() == null || ok.getHeaders().keySet().stream().noneMatch("ETag"::equalsIgnoreCase)) {
            ok.addHeader("ETag", OASFactory.createHeader().schema(string())
                    .description("Validator of this representation (it changes with every change of the data it shows);"
                            + " send it back in If-None-Match"));
        }
        APIResponse notModified = responses.getAPIResponse("304");
        if (notModified == null) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag, or If-Modified-Since is not older"
                            + " than Last-Modified; no body"));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        } else if (StandardDocs.DEFAULT_DESCRIPTIONS.contains(existing.getDescription())) {
            existing.setDescription(description); // the scanner's (or Quarkus') own default
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
