package org.ksrelations.kit.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import org.ksrelations.kit.api.ListResponses;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the service's OpenAPI schemas say about a dataset's columns: the properties of a record's schema, and for each
 * one its type in words, meaning, allowed values and an example (the codebook's rows, see {@link DatasetWriter}).
 */
final class DatasetColumns {

    private final JsonNode schemas;

    /** {@code schemas}: the OpenAPI document's {@code components.schemas}. */
    DatasetColumns(JsonNode schemas) {
        this.schemas = schemas;
    }

    JsonNode schema(String name) {
        JsonNode s = schemas.get(name);
        if (s == null || !s.has("properties")) {
            throw new IllegalStateException("schema " + name + " is not in the OpenAPI document or has no properties");
        }
        return s;
    }

    static List<String> properties(JsonNode schema) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = schema.path("properties").fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    static String refName(JsonNode p) {
        String ref = p.path("$ref").asText(null);
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    record Column(String type, String meaning, String allowed, String example) {
    }

    /** A property's column: its type in words, meaning (its description, else its schema's), allowed values. */
    Column describe(JsonNode p) {
        String ref = refName(p);
        JsonNode target = ref == null ? null : schemas.path(ref);
        String meaning = text(p, "description");
        if (meaning.isEmpty() && target != null) {
            meaning = text(target, "description");
        }
        List<String> types = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode source : target == null ? List.of(p) : List.of(p, target)) {
            JsonNode t = source.path("type");
            for (JsonNode v : t.isArray() ? t : List.of(t)) {
                if (v.isTextual()) {
                    if (v.asText().equals("null")) {
                        nullable = true;
                    } else if (!types.contains(v.asText())) {
                        types.add(v.asText());
                    }
                }
            }
        }
        String format = !text(p, "format").isEmpty() ? text(p, "format") : target == null ? "" : text(target, "format");
        String type;
        String allowed = "";
        JsonNode enumeration = p.has("enum") ? p.get("enum") : target != null ? target.get("enum") : null;
        if (enumeration != null && enumeration.isArray()) {
            type = "code" + (ref == null ? "" : " (" + ref + ")");
            allowed = join(enumeration, ", ");
        } else if ("LocalDate".equals(ref) || format.equals("date")) {
            type = "date (YYYY-MM-DD)";
        } else if ("OffsetDateTime".equals(ref) || format.equals("date-time")) {
            type = "timestamp (ISO-8601 with offset)";
        } else if ("LocalizedString".equals(ref)) {
            type = "text (English; every language in the JSON Lines file)";
        } else if (types.contains("array")) {
            Column item = describe(p.path("items"));
            String itemRef = refName(p.path("items"));
            boolean objects = itemRef != null && schemas.path(itemRef).has("properties");
            type = "list of " + (objects ? itemRef + " (short form: a slug, number or URL)" : item.type())
                    + ", separated by \"; \"";
            allowed = item.allowed();
        } else if (target != null && target.has("properties")) {
            type = "JSON object (" + ref + ")";
        } else if (types.isEmpty()) {
            type = "text";
        } else {
            type = switch (types.get(0)) {
                case "string" -> "text";
                case "integer" -> "integer";
                case "number" -> "number";
                case "boolean" -> "true or false";
                case "object" -> "JSON object";
                default -> types.get(0);
            } + (format.isEmpty() || format.startsWith("int") ? "" : " (" + format + ")");
        }
        List<String> bounds = new ArrayList<>();
        if (p.has("minimum")) {
            bounds.add("at least " + p.get("minimum").asText());
        }
        if (p.has("maximum")) {
            bounds.add("at most " + p.get("maximum").asText());
        }
        if (p.has("pattern")) {
            bounds.add("matches " + p.get("pattern").asText());
        }
        if (!bounds.isEmpty()) {
            allowed = (allowed.isEmpty() ? "" : allowed + "; ") + String.join("; ", bounds);
        }
        if (nullable) {
            type = type + "; empty when not known";
        }
        String example = "";
        JsonNode examples = p.has("examples") ? p.get("examples") : p.get("example");
        if (examples != null) {
            example = examples.isArray() ? (examples.isEmpty() ? "" : ListResponses.cell(examples.get(0)))
                    : ListResponses.cell(examples);
        }
        return new Column(type, meaning, allowed, example);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? "" : v.asText();
    }

    private static String join(JsonNode values, String sep) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join(sep, out);
    }
}
