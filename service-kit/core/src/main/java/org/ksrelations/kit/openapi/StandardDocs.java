package org.ksrelations.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.ksrelations.kit.api.ListResponses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the operations of a kind document the same way in every service, written once for the {@link OpenApiConventions}
 * filter: the standard query parameters' words (paging, changes since, language, fields, the date range that the kit's
 * {@code DateRange} reads), the editor's bearer token on writes (required by Quarkus from their
 * {@code @RolesAllowed}), the {@code ETag} and {@code Location} a write answers with, the 304 of a read whose
 * {@code ETag} is a record's version (and its description, when the read has none of its own), and the CSV answer (a string) of a list that takes {@code fields}. A resource
 * declares only what differs (its own description, example or CSV content wins: nothing here overwrites it).
 */
final class StandardDocs {

    /** The security scheme of the editor's bearer token (declared by each service's application class). */
    static final String BEARER = "bearer";

    /** The descriptions the scanner and Quarkus write on their own, which the conventions replace with theirs. */
    static final Set<String> DEFAULT_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    /** What a record's read that says nothing else is described with: the conditional read of RecordResponses. */
    static final String RECORD_READ = "With ETag; If-None-Match answers 304 when unchanged.";

    private record Standard(String description, String example, Supplier<Schema> schema) {
    }

    /** Query parameters that mean the same everywhere: description, example (when the resource gives none), schema. */
    private static final Map<String, Standard> QUERY = Map.of(
            "cursor", new Standard("Opaque cursor from nextCursor", null, null),
            "limit", new Standard("Page size, 1–500", null, () -> OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(500))
                    .defaultValue(50)),
            "includeTotal", new Standard("Include totalItems", null,
                    () -> OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)),
            "since", new Standard("Only changes after this instant (ISO-8601); omit for everything",
                    "2026-01-01T00:00:00Z", null),
            "lang", new Standard("Language of texts (two-letter code) or all; default from Accept-Language, then en",
                    "en", null),
            "fields", new Standard("Comma-separated fields to return", null, null),
            "from", new Standard("Earliest date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", null, null),
            "to", new Standard("Latest date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", null, null));

    private StandardDocs() {
    }

    /** Fills in what {@code op} leaves to the conventions; runs before the problem answers are added. */
    static void apply(PathItem.HttpMethod method, Operation op) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(StandardDocs::parameter);
        }
        if (op.getSecurity() != null) {
            // an HTTP bearer scheme has no scopes: the group a write needs (editor) is the 403's word, not a scope
            op.getSecurity().stream().filter(r -> r.hasScheme(BEARER)).forEach(r -> r.addScheme(BEARER, List.of()));
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            return;
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            header(created, "ETag");
            header(created, "Location");
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)) {
            header(ok, "ETag");
        }
        if (ok != null && method == PathItem.HttpMethod.GET && op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "fields".equals(p.getName()))) {
            // a list (or collection) that the kit's ListResponses projects to fields, which answers CSV as well
            csv(ok);
        }
        if (ok != null && method == PathItem.HttpMethod.GET && responses.getAPIResponse("304") == null
                && ok.getHeaders() != null && ok.getHeaders().containsKey("ETag")) {
            // a read whose ETag the resource names itself (a record's version), answered by RecordResponses
            responses.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified"));
            if (op.getDescription() == null || op.getDescription().isBlank()) {
                op.setDescription(RECORD_READ);
            }
        }
    }

    private static void parameter(Parameter p) {
        Standard s = p.getIn() == Parameter.In.QUERY && p.getDescription() == null ? QUERY.get(p.getName()) : null;
        if (s == null) {
            return;
        }
        p.setDescription(s.description());
        if (s.example() != null && p.getExample() == null) {
            p.setExample(s.example());
        }
        if (s.schema() != null) {
            Schema schema = s.schema().get();
            p.setSchema(schema);
            if (p.getExample() instanceof String example) {
                // the scanner read the resource's example as the string the Java parameter is; it is of the schema's type
                p.setExample(schema.getType().contains(Schema.SchemaType.BOOLEAN) ? (Object) Boolean.valueOf(example)
                        : Integer.valueOf(example));
            }
        }
    }

    private static void csv(APIResponse ok) {
        Content content = ok.getContent() == null ? OASFactory.createContent() : ok.getContent();
        if (content.getMediaType(ListResponses.CSV) == null) {
            content.addMediaType(ListResponses.CSV, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            ok.setContent(content);
        }
    }

    private static void header(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader());
        }
    }
}
