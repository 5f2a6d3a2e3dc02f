package org.ksrelations.kit.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions of native query results, and a LIKE pattern from user text. */
public final class Sql {

    private Sql() {
    }

    public static OffsetDateTime toOffset(Object r) {
        if (r == null) {
            return null;
        }
        if (r instanceof OffsetDateTime o) {
            return o;
        }
        if (r instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (r instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(r.toString());
    }

    public static LocalDate toDate(Object r) {
        if (r == null) {
            return null;
        }
        if (r instanceof LocalDate d) {
            return d;
        }
        if (r instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(r.toString());
    }

    /** {@code %text%}, lower-case, with LIKE's own characters escaped (backslash is PostgreSQL's default escape). */
    public static String like(String q) {
        return "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
