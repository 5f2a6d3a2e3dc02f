package org.ksrelations.kit.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The conditional GET of RFC 9110 (section 13): whether a request's {@code If-None-Match} or, without it, its
 * {@code If-Modified-Since} lets the server answer 304 instead of the representation it would send.
 */
public final class Conditional {

    /**
     * Response headers (lower case) that belong to one exchange, not to the representation: an answer kept to be
     * served again never repeats them.
     */
    public static final Set<String> PER_EXCHANGE = Set.of("x-request-id", "date", "content-length",
            "transfer-encoding", "connection", "keep-alive", "traceparent", "tracestate", "set-cookie",
            "ksr-dataset-revision");

    /**
     * On a service's public read answered from its read cache (200 or 304): the dataset revision the answer was made at — the service read it after
     * the request arrived, and the answer shows every write committed before that read. Equal revisions mean the same
     * data: a copy made at the revision the service reads now is current (the gateway answers from such copies). The
     * same number as the {@code -r<revision>} of the datasets' versions.
     */
    public static final String DATASET_REVISION = "KSR-Dataset-Revision";

    /** The response headers (lower case) a 304 repeats from the 200 it stands for (RFC 9110, 15.4.5). */
    public static final Set<String> ON_NOT_MODIFIED = Set.of("etag", "cache-control", "vary", "content-location",
            "expires");

    private Conditional() {
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text} (UTF-8), in lower-case hex: an opaque validator. */
    public static String digest(String text, int bytes) {
        return digest(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code data}, in lower-case hex: an opaque validator. */
    public static String digest(byte[] data, int bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
