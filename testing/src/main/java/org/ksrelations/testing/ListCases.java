package org.ksrelations.testing;

import io.restassured.response.Response;
import org.ksrelations.testing.HostileRequests.Case;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.ksrelations.testing.HostileRequests.b64;
import static org.ksrelations.testing.HostileRequests.enc;
import static org.ksrelations.testing.HostileRequests.get;

/**
 * The hostile requests every list of the API gets, whatever its domain: written once here, for the path of a list.
 * {@link #of} starts with what every list has (limit, cursor, includeTotal, JSON only); the other groups are added for
 * the parameters the list takes, and {@link #bad} adds the list's own. Each case's name starts with the list's path. Values that are SQL name a table every
 * service has (Flyway's), so that the text is the same in every service.
 *
 * <pre>{@code
 * cases.addAll(ListCases.of("/api/v1/events").dates().sorts().fields("slug").search().items(FIXTURE)
 *         .bad("unknown category", "category=NOT_A_CATEGORY").cases());
 * }</pre>
 */
public final class ListCases {

    /** SQL that would do harm if it ever reached the database as SQL. */
    static final String DROP = "DROP TABLE flyway_schema_history";

    private final String list;
    private final String query;
    private final List<Case> cases = new ArrayList<>();

    private ListCases(String list) {
        this.list = list;
        this.query = list + "?";
        bad("limit=0", "limit=0");
        bad("negative limit", "limit=-5");
        bad("limit above 500", "limit=501");
        bad("limit beyond a long", "limit=99999999999999999999999");
        bad("non-numeric limit", "limit=abc");
        bad("SQL injection in limit", "limit=" + enc("1; " + DROP + ";--"));
        bad("cursor that is not base64", "cursor=not!base64*");
        bad("cursor of random bytes", "cursor=" + b64(new byte[]{(byte) 0xff, 0, 1, (byte) 0x80, 42}));
        bad("forged cursor that is a JSON array", "cursor=" + b64("[\"date\",\"x\"]"));
        bad("overlong cursor", "cursor=" + "A".repeat(1500));
        bad("includeTotal=maybe", "includeTotal=maybe");
        add("list with Accept: application/xml", 406, () -> given().accept("application/xml").get(list));
    }

    /** The cases every list has, for the list at {@code list} (a path such as {@code /api/v1/events}). */
    public static ListCases of(String list) {
        return new ListCases(list);
    }

    /** A list filtered by a date range ({@code from}, {@code to}; days, or YEAR and YEAR-MONTH shorthands). */
    public ListCases dates() {
        bad("from=2023-02-30 (no such day)", "from=2023-02-30");
        bad("from=99999-01-01 (five-digit year)", "from=99999-01-01");
        bad("month 13", "from=2013-13");
        bad("garbage to", "to=garbage");
        bad("from after to", "from=2020&to=2010");
        return this;
    }

    /** A list with {@code updatedSince} (an instant). */
    public ListCases updatedSince() {
        bad("garbage updatedSince", "updatedSince=yesterday");
        return this;
    }

    /** A list with a choice of orders ({@code sort}). */
    public ListCases sorts() {
        bad("unknown sort", "sort=sideways");
        return this;
    }

    /** A list with a projection ({@code fields}); {@code known} is one of its fields. */
    public ListCases fields(String known) {
        bad("unknown projected field", "fields=" + known + ",password");
        return this;
    }

    /** A list with {@code lang}. */
    public ListCases lang() {
        bad("script as language", "lang=" + enc("<script>alert(1)</script>"));
        return this;
    }

    /** A list with a search text {@code q}: too long, NUL, invalid UTF-8 are refused; SQL is only a text (200). */
    public ListCases search() {
        bad("1000-character q", "q=" + "a".repeat(1000));
        bad("10000-character q", "q=" + "a".repeat(10_000));
        bad("NUL in q", "q=a%00b");
        bad("invalid UTF-8 %C3%28 in q", "q=%C3%28");
        bad("invalid UTF-8 %FF in q", "q=%FF");
        add("SQL injection as search text finds nothing harmful", 200, () -> get(query + "q=" + enc("' OR 1=1--")));
        add("DROP TABLE as search text", 200, () -> get(query + "q=" + enc("'; " + DROP + ";--")));
        return this;
    }

    /**
     * A list with the order {@code relevance} (of a search text): refused without {@code q}, in the order and in a
     * cursor.
     */
    public ListCases relevance() {
        bad("relevance sort without q", "sort=relevance");
        bad("forged relevance cursor without q", "cursor=" + b64("{\"o\":\"relevance\",\"s\":\"x\",\"r\":1}"));
        return this;
    }

    /** A query of this list ({@code parameters}, written as sent) that is refused with 400: the list's own cases. */
    public ListCases bad(String name, String parameters) {
        add(name, 400, () -> get(query + parameters));
        return this;
    }

    /**
     * The items of the list, at {@code list/{key}}: hostile keys are not found (404), whatever they contain;
     * {@code existing} is the key of an item, asked for as HTML (406).
     */
    public ListCases items(String existing) {
        String item = list + "/";
        add("SQL injection in the key", 404, () -> get(item + enc("' OR 1=1--")));
        add("DROP TABLE in the key", 404, () -> get(item + enc("x; " + DROP)));
        add("script in the key", 404, () -> get(item + enc("<script>alert(1)</script>")));
        add("encoded path traversal", 404, () -> get(item + "..%2F..%2F..%2Fetc%2Fpasswd"));
        add("dot-segment path traversal", 404, () -> get(item + "%2e%2e/%2e%2e/%2e%2e/etc/passwd"));
        add("invalid UTF-8 %C3%28 in the path", 404, () -> get(item + "%C3%28"));
        add("invalid UTF-8 %FF in the path", 404, () -> get(item + "%FF"));
        add("10000-character key", 404, () -> get(item + "a".repeat(10_000)));
        add("an item with Accept: text/html", 406, () -> given().accept("text/html").get(item + existing));
        return this;
    }

    public List<Case> cases() {
        return List.copyOf(cases);
    }

    /**
     * What every service answers for a path that names nothing (404), or a URL too long for the HTTP layer. Beyond
     * {@code quarkus.http.limits.max-initial-line-length} the request never reaches Quarkus: Netty's decoder fails and
     * Vert.x' default invalid-request handler answers a bare 414 (Quarkus offers no hook to replace it); {@code list}
     * is a list with a search text {@code q}.
     */
    public static List<Case> paths(String list) {
        return List.of(
                new Case("unknown path", 404, () -> get("/api/v1/nothing-here")),
                new Case("unknown path outside the API", 404, () -> get("/etc/passwd")),
                Case.bare("URL beyond the line limit (bare 414 of the HTTP decoder)", 414,
                        () -> get(list + "?q=" + "a".repeat(20_000))));
    }

    /** The changes feed at {@code feed} (for example {@code /api/v1/events/changes}). */
    public static List<Case> changesFeed(String feed) {
        return List.of(
                new Case(feed + ": garbage since", 400, () -> get(feed + "?since=2023-02-30T00:00:00Z")),
                new Case(feed + ": forged cursor", 400, () -> get(feed + "?cursor="
                        + b64("{\"o\":\"changes\",\"k\":\"not-a-time\",\"s\":\"x\"}"))));
    }

    private void add(String name, int status, Supplier<Response> request) {
        cases.add(new Case(list + ": " + name, status, request));
    }
}
