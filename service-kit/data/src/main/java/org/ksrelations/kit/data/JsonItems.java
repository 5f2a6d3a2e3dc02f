package org.ksrelations.kit.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ksrelations.kit.api.SourceView;

/**
 * A record of a list written as JSON by PostgreSQL instead of being loaded as an entity and written again by Jackson:
 * the view's fields in the view's order, each with the SQL expression that gives its value. {@code row_to_json} names
 * each value by its column alias and writes no spaces, {@code array_to_json} writes arrays the same way, so the text is
 * what Jackson writes for the view (dates as ISO-8601, {@code null} for a missing value, instants in UTC with the
 * fraction's trailing zeros dropped: {@link #instant}). Maps of every language ({@code lang=all}) are not written here:
 * PostgreSQL writes a {@code jsonb} object with spaces after its colons and commas.
 */
public final class JsonItems {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final List<String[]> fields = new ArrayList<>();

    /** The next field of the view: {@code name} and the SQL expression of its value. */
    public JsonItems field(String name, String sql) {
        fields.add(new String[]{name, sql});
        return this;
    }

    /**
     * A scalar subquery giving one record's JSON text: the fields of {@code projection} (all of them when it is
     * empty), in the view's order, of the row that {@code from} (FROM and WHERE, e.g.
     * {@code "FROM event x WHERE x.id = e.id"}) selects.
     */
    public String select(Set<String> projection, String from) {
        StringBuilder columns = new StringBuilder();
        for (String[] f : fields) {
            if (projection.isEmpty() || projection.contains(f[0])) {
                columns.append(columns.isEmpty() ? "" : ", ").append(f[1]).append(" AS \"").append(f[0]).append('"');
            }
        }
        return "(SELECT CAST(row_to_json(r) AS text) FROM (SELECT " + columns + " " + from + ") r)";
    }

    /** An instant ({@code timestamptz}) as Jackson writes it: ISO-8601 in UTC, the fraction without trailing zeros. */
    public static String instant(String column) {
        return "(rtrim(rtrim(to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '0'), '.') || 'Z')";
    }

    /** The rows of {@code select} (its columns named as the JSON's properties) as a JSON array, in its order. */
    public static String rows(String select) {
        return "array_to_json(ARRAY(SELECT row_to_json(j) FROM (" + select + ") j))";
    }

    /**
     * The citations of a {@code jsonb} column as the API shows them: each with the fields of {@link SourceView} in its
     * order (title, publisher, URL, dates, quote), a missing one as {@code null}.
     */
    public static String citations(String column) {
        return rows("SELECT " + CITATION_FIELDS + " FROM jsonb_array_elements(" + column
                + ") WITH ORDINALITY AS c(s, n) ORDER BY n");
    }

    /** {@link SourceView}'s components, its JSON properties in the order Jackson writes them, as columns of {@code s}. */
    private static final String CITATION_FIELDS = Arrays.stream(SourceView.class.getRecordComponents())
            .map(c -> "s -> '" + c.getName() + "' AS \"" + c.getName() + '"')
            .collect(Collectors.joining(", "));

    /** A text of a language map ({@code jsonb}) in {@code lang}, or in English when it has none. */
    public static String pick(String column, String lang) {
        String l = literal(lang);
        return "coalesce(" + column + " ->> " + l + ", " + column + " ->> 'en')";
    }

    /** The language a text of {@code column} is served in for {@code lang}: that language if it has it, else English. */
    public static String served(String column, String lang) {
        String l = literal(lang);
        return "(CASE WHEN " + column + " -> " + l + " IS NOT NULL THEN " + l + " ELSE 'en' END)";
    }

    /** A language code as an SQL literal; only two lower-case letters are ever put into the statement. */
    private static String literal(String lang) {
        if (lang == null || !LANGUAGE.matcher(lang).matches()) {
            throw new IllegalArgumentException("not a two-letter language code: " + lang);
        }
        return "'" + lang + "'";
    }
}
