package org.ksrelations.recognition.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ksrelations.recognition.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset cursor: the sort it belongs to and the sort key of the last item served (date or name, the public id, and for acts their curated order). Clients must treat it
 * as an opaque string.
 */
public record Cursor(String sort, String key, String slug, Long seq) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String encode() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("o", sort);
        if (key != null) {
            n.put("k", key);
        }
        n.put("s", slug);
        if (seq != null) {
            n.put("q", seq);
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
            if (!sort.equals(expectedSort)) {
                throw ProblemException.badParameter("cursor", "belongs to another sort order ('" + sort + "')");
            }
            String key = n.hasNonNull("k") ? n.get("k").asText() : null;
            Long seq = n.hasNonNull("q") ? n.get("q").asLong() : null;
            return new Cursor(sort, key, slug, seq);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
        }
    }
    private static boolean hasControl(String s) {
        return s.chars().anyMatch(ch -> ch < 0x20);
    }
}
