package org.ksrelations.kit.api;

import jakarta.ws.rs.core.EntityTag;
import org.ksrelations.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters are read as strings and parsed here, so that a bad value is a 400 problem naming the parameter
 * (JAX-RS would answer a failed conversion of a query parameter with 404).
 */
public final class Params {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Params() {
    }

    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < 1 || v > MAX_LIMIT) {
                throw ProblemException.badParam("limit", "must be between 1 and " + MAX_LIMIT);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.badParam("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim();
        try {
            if (v.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(v), 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(v + "-01");
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ProblemException.badParam(name, "must be an ISO-8601 date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    /** The end of a date range: "2013" means up to 2013-12-31, "2013-04" up to 2013-04-30. */
    public static LocalDate dateEnd(String name, String raw) {
        LocalDate d = date(name, raw);
        if (d == null) {
            return null;
        }
        String v = raw.trim();
        if (v.matches("\\d{4}")) {
            return d.withDayOfYear(d.lengthOfYear());
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return d.withDayOfMonth(d.lengthOfMonth());
        }
        return d;
    }

    public static OffsetDateTime timestamp(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(raw.trim()).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ProblemException.badParam(name, "must be an ISO-8601 timestamp such as 2024-01-31T12:00:00Z");
            }
        }
    }

    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.badParam(name, "must be true or false");
        };
    }

    /** true, false, or null when absent. */
    public static Boolean optionalBool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return bool(name, raw);
    }

    public static <E extends Enum<E>> List<E> enums(String name, List<String> raw, Class<E> type) {
        List<E> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String r : raw) {
            for (String part : r.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    out.add(Enum.valueOf(type, p.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badParam(name, "unknown value '" + (p.length() > 40 ? p.substring(0, 40) : p)
                            + "'; allowed: " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).toList()));
                }
            }
        }
        return out;
    }

    public static String slug(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim().toLowerCase(Locale.ROOT);
        if (!Slugs.valid(v)) {
            throw ProblemException.badParam(name, Slugs.MESSAGE);
        }
        return v;
    }

    public static String text(String name, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            throw ProblemException.badParam(name, "must be at most " + max + " characters");
        }
        if (raw.indexOf('\0') >= 0) {
            throw ProblemException.badParam(name, "must not contain NUL characters");
        }
        if (raw.indexOf('\uFFFD') >= 0) {
            // what the HTTP layer makes of percent-encoded bytes that are not UTF-8 (%FF, %C3%28)
            throw ProblemException.badParam(name, "must be valid UTF-8 text");
        }
        return raw.trim();
    }

    public static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badParam("from", "must not be after 'to'");
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** What {@code If-Match: *} stands for: whatever version the record has. */
    public static final long ANY_VERSION = -1;

    /**
     * The version an {@code If-Match} header names; 428 when missing, 412 when it cannot match, {@link #ANY_VERSION}
     * for {@code *}. The write then checks it again in its own transaction with {@link #checkVersion}.
     */
    public static long ifMatch(String header, long current) {
        if (header == null || header.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String h = header.trim();
        if (h.equals("*")) {
            // any current version: not the one read here, which a concurrent write may have replaced before the
            // service's own transaction reads the state (that made If-Match: * a 412)
            return ANY_VERSION;
        }
        for (String part : h.split(",")) {
            String p = part.trim();
            if (p.startsWith("W/")) {
                p = p.substring(2);
            }
            p = p.replace("\"", "");
            try {
                long v = Long.parseLong(p);
                if (v == current) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // not one of ours: cannot match
            }
        }
        throw ProblemException.preconditionFailed("If-Match does not match the current version (ETag \"" + current + "\")");
    }

    /** Inside the write's transaction: 412 unless {@code expected} is the record's version (or any version). */
    public static void checkVersion(String what, String id, long expected, long actual) {
        if (expected != ANY_VERSION && expected != actual) {
            throw ProblemException.preconditionFailed(what + " '" + id + "' is at version " + actual + ", not " + expected);
        }
    }
}
