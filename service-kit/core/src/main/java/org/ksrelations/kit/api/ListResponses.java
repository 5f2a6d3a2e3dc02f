package org.ksrelations.kit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ksrelations.kit.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds list responses the same way for every list: JSON {@code {items, nextCursor, totalItems}} or CSV (by
 * {@code format=csv} in the URL, which wins, or by {@code Accept: text/csv}), {@code fields} projection, the
 * {@code Link: rel="next"} header, caching headers. A CSV answer is a download: {@code Content-Disposition: attachment;
 * filename=<dataset>-<version>.csv} (the dataset is the list's path below {@code /api/v1}, the version the service's
 * {@code ksr.dataset.version}); {@code bom=true} starts it with a UTF-8 byte order mark for spreadsheets.
 */
@ApplicationScoped
public class ListResponses {

    public static final String CSV = "text/csv";
    public static final String CACHE_CONTROL = "public, max-age=60";
    /** The query parameters every list takes besides its own (documented by {@code OpenApiConventions}). */
    public static final String FORMAT = "format";
    public static final String BOM = "bom";
    static final String UTF8_BOM = "\uFEFF";
    static final String API_BASE = "/api/v1/";

    @Inject
    ObjectMapper mapper;

    /** The request being answered (Quarkus REST produces it per request). */
    @Inject
    UriInfo current;

    @ConfigProperty(name = "ksr.dataset.version", defaultValue = "unversioned")
    String datasetVersion;

    public Set<String> parseFields(String fields, Set<String> allowed) {
        if (fields == null || fields.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : fields.split(",")) {
            String t = f.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!allowed.contains(t)) {
                throw ProblemException.badParam("fields", "unknown field '" + (t.length() > 40 ? t.substring(0, 40) : t)
                        + "'; allowed: " + String.join(",", allowed));
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Whether the answer is CSV: {@code format=csv|json} in the URL decides (an unknown format is a 400), otherwise
     * {@code Accept}.
     */
    public boolean wantsCsv(HttpHeaders headers) {
        String format = current.getQueryParameters().getFirst(FORMAT);
        if (format != null) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.badParam(FORMAT, "must be csv or json");
            };
        }
        return acceptsCsv(headers);
    }

    private static boolean acceptsCsv(HttpHeaders headers) {
        for (MediaType mt : headers.getAcceptableMediaTypes()) {
            if (mt.isWildcardType()) {
                return false;
            }
            if (mt.getType().equals("text") && mt.getSubtype().equals("csv")) {
                return true;
            }
            if (mt.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** A page of a keyset-paginated list. */
    public Response list(List<?> items, String nextCursor, Long totalItems, Set<String> fields, HttpHeaders headers,
                         UriInfo uri, OffsetDateTime lastModified) {
        Response.ResponseBuilder rb;
        boolean csv = wantsCsv(headers);
        boolean bom = Params.bool(BOM, current.getQueryParameters().getFirst(BOM));
        if (!csv && fields.isEmpty()) {
            // nothing to project: the items are written once, straight from the records (no intermediate tree)
            rb = Response.ok(new Page(items, nextCursor, totalItems), MediaType.APPLICATION_JSON_TYPE);
        } else if (csv) {
            rb = csv(toCsv(project(items, fields), fields), bom);
        } else {
            ObjectNode page = mapper.createObjectNode();
            page.set("items", project(items, fields));
            page.put("nextCursor", nextCursor);
            if (totalItems != null) {
                page.put("totalItems", totalItems);
            }
            rb = Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        }
        return paged(rb, nextCursor, uri, lastModified);
    }

    /**
     * A JSON page whose items are JSON text already (written by PostgreSQL, see the data kit's {@code JsonItems}):
     * passed through as they are, in the shape and with the headers of {@link #list}.
     */
    public Response jsonList(List<String> items, String nextCursor, Long totalItems, UriInfo uri,
                             OffsetDateTime lastModified) {
        Params.bool(BOM, current.getQueryParameters().getFirst(BOM)); // refused as in every list, though JSON ignores it
        List<RawValue> raw = items.stream().map(RawValue::new).toList();
        return paged(Response.ok(new Page(raw, nextCursor, totalItems), MediaType.APPLICATION_JSON_TYPE), nextCursor,
                uri, lastModified);
    }

    private static Response paged(Response.ResponseBuilder rb, String nextCursor, UriInfo uri,
                                  OffsetDateTime lastModified) {
        if (nextCursor != null) {
            rb.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build()
                    + ">; rel=\"next\"");
        }
        return cacheable(rb, lastModified);
    }

    /**
     * A whole (unpaged) collection: {@code body} as JSON, whose {@code items} are projected to {@code fields}, or
     * the items alone as CSV with {@code Accept: text/csv}.
     */
    public Response collection(Object body, List<?> items, Set<String> fields, HttpHeaders headers,
                               OffsetDateTime lastModified) {
        ArrayNode arr = project(items, fields);
        Response.ResponseBuilder rb;
        boolean bom = Params.bool(BOM, current.getQueryParameters().getFirst(BOM));
        if (wantsCsv(headers)) {
            rb = csv(toCsv(arr, fields), bom);
        } else {
            ObjectNode node = mapper.valueToTree(body);
            node.set("items", arr);
            rb = Response.ok(node, MediaType.APPLICATION_JSON_TYPE);
        }
        return cacheable(rb, lastModified);
    }

    private Response.ResponseBuilder csv(String body, boolean bom) {
        return Response.ok(bom ? UTF8_BOM + body : body, CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(current.getPath(), datasetVersion) + "\"");
    }

    /**
     * {@code <dataset>-<version>.csv}: the list's path below {@code /api/v1} with its slashes as dashes
     * ({@code events}, {@code agreements-milestones}, {@code agreements-2013-04-19-brussels-agreement-provisions}),
     * reduced to the characters a file name can always hold.
     */
    static String fileName(String path, String version) {
        String p = ("/" + (path == null ? "" : path)).replaceAll("/+", "/");
        int at = p.indexOf(API_BASE);
        String dataset = (at >= 0 ? p.substring(at + API_BASE.length()) : p).replaceAll("^/+|/+$", "")
                .replace('/', '-').replaceAll("[^A-Za-z0-9._-]", "_");
        if (dataset.isEmpty()) {
            dataset = "data";
        }
        return dataset + "-" + version.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static Response cacheable(Response.ResponseBuilder rb, OffsetDateTime lastModified) {
        rb.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        rb.header(HttpHeaders.VARY, "Accept, Accept-Language");
        if (lastModified != null) {
            rb.lastModified(Date.from(lastModified.toInstant()));
        }
        return rb.build();
    }

    /** Items as JSON, each reduced to {@code fields} when some are given. */
    public ArrayNode project(List<?> items, Set<String> fields) {
        ArrayNode arr = mapper.createArrayNode();
        for (Object item : items) {
            JsonNode n = mapper.valueToTree(item);
            if (!fields.isEmpty() && n instanceof ObjectNode on) {
                on.retain(fields);
            }
            arr.add(n);
        }
        return arr;
    }

    /** A JSON page as written without projection; the same shape as the projected one. */
    @JsonPropertyOrder({"items", "nextCursor", "totalItems"})
    public record Page(List<?> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems) {
    }

    /** RFC 4180 CSV; arrays are joined with "; ", objects written as JSON. */
    public String toCsv(ArrayNode items, Set<String> fields) {
        List<String> columns = new ArrayList<>();
        if (!fields.isEmpty()) {
            columns.addAll(fields);
        } else {
            for (JsonNode n : items) {
                Iterator<String> it = n.fieldNames();
                while (it.hasNext()) {
                    String c = it.next();
                    if (!columns.contains(c)) {
                        columns.add(c);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", columns.stream().map(ListResponses::quote).toList())).append("\r\n");
        for (JsonNode n : items) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(quote(cell(n.get(c))));
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    /** One cell: a value as text, an array as its elements' short forms joined by "; ", a text map as "en: …". */
    public static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : v) {
                parts.add(shortForm(e));
            }
            return String.join("; ", parts);
        }
        if (v.isObject() && v.size() > 0 && allText(v)) {
            List<String> parts = new ArrayList<>();
            v.fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> parts.add(e.getKey() + ": " + e.getValue().asText()));
            return String.join(" | ", parts);
        }
        return v.toString();
    }

    /** An element of an array cell: a numbered topic, an id, a name (party), a public id (with a role), a URL, a title. */
    private static String shortForm(JsonNode e) {
        if (e.isValueNode()) {
            return e.asText();
        }
        if (e.has("number") && e.has("topic")) {
            return e.get("number").asText() + ": " + e.get("topic").asText();
        }
        if (e.has("id") && e.has("type")) {
            return e.get("id").asText();
        }
        if (e.has("name") && e.has("party")) {
            return e.get("name").asText() + (e.get("party").isNull() ? "" : " (" + e.get("party").asText() + ")");
        }
        if (e.has("slug")) {
            return e.get("slug").asText() + (e.has("role") ? ":" + e.get("role").asText() : "");
        }
        if (e.has("url") && !e.get("url").isNull()) {
            return e.get("url").asText();
        }
        if (e.has("title")) {
            return e.get("title").asText();
        }
        return e.toString();
    }

    private static boolean allText(JsonNode v) {
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection). */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /** A CSV field (RFC 4180 quoting), with spreadsheet formulas neutralised. */
    public static String quote(String s) {
        String safe = s;
        // neutralise spreadsheet formulas (CSV injection); a plain number such as -12.5 stays a number
        if (!safe.isEmpty() && FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0
                && !safe.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
