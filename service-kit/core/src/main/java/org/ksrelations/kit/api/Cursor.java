package org.ksrelations.kit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ksrelations.kit.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * An opaque keyset cursor: the sort it belongs to and the sort key of the last item served — a key (a date, a name, a
 * timestamp), the public id, and where a sort needs a third part a number (a relevance rank, a curated order).
 * Clients treat it as an opaque string; a cursor of another sort, a forged or a truncated one is a 400.
 */
public record Cursor(String sort, String key, String slug, Double number) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Cursor(String sort, String key, String slug) {
        this(sort, key, slug, null);
    }

    /** The number as a relevance rank. */
    public Float rank() {
        return number == null ? null : number.floatValue();
    }

    /** The number as a position in a curated order. */
    public Long seq() {
        return number == null ? null : number.longValue();
    }

    /** The key as a date (ISO-8601), in a list ordered by date; a missing or malformed one is a 400 ({@link #invalid()}). */
    public LocalDate keyDate() {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public String encode() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("o", sort);
        if (key != null) {
            n.put("k", key);
        }
        n.put("s", slug);
        if (number != null) {
            n.put("n", number);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String raw, String expectedSort) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() > 1000) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode n = MAPPER.readTree(Base64.getUrlDecoder().decode(raw));
            String sort = n.path("o").asText(null);
            String slug = n.path("s").asText(null);
            if (sort == null || slug == null || !n.isObject()) {
                throw new IllegalArgumentException("incomplete");
            }
            if (hasControl(slug) || (n.hasNonNull("k") && hasControl(n.get("k").asText()))) {
                throw new IllegalArgumentException("forged"); // a NUL would reach PostgreSQL as a 500
            }
            if (n.hasNonNull("n") && !n.get("n").isNumber()) {
                throw new IllegalArgumentException("forged");
            }
            if (!sort.equals(expectedSort)) {
                throw ProblemException.badParam("cursor", "belongs to another sort order ('" + sort + "')");
            }
            String key = n.hasNonNull("k") ? n.get("k").asText() : null;
            Double number = n.hasNonNull("n") ? n.get("n").asDouble() : null;
            return new Cursor(sort, key, slug, number);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw invalid();
        }
    }

    /** The answer to a cursor whose parts do not make sense for its sort (found after decoding). */
    public static ProblemException invalid() {
        return ProblemException.badParam("cursor", "is not a cursor this API issued");
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(ch -> ch < 0x20);
    }
}
