package org.ksrelations.kit.api;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The conditional GET of RFC 9110 (section 13): whether a request's {@code If-None-Match} or, without it, its
 * {@code If-Modified-Since} lets the server answer 304 instead of the representation it would send.
 */
public final class Conditional {

    private Conditional() {
    }

    /**
     * True when the client's copy is current: {@code If-None-Match} names the entity tag ({@code *} or a list,
     * compared weakly as the RFC asks for GET), or, when there is no {@code If-None-Match}, {@code If-Modified-Since}
     * is not older than {@code lastModified}.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, String lastModified) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            return etag != null && matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        Instant since = httpDate(ifModifiedSince);
        Instant modified = httpDate(lastModified);
        return since != null && modified != null && !modified.isAfter(since);
    }

    /** Whether an {@code If-None-Match} value names {@code etag}; {@code W/} prefixes are ignored (weak comparison). */
    public static boolean matches(String ifNoneMatch, String etag) {
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (!c.isEmpty() && opaque(c).equals(wanted))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.trim();
        return t.startsWith("W/") ? t.substring(2) : t;
    }

    /** An HTTP date (IMF-fixdate, as servers send them), or null when it is not one: such a condition is ignored. */
    static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
