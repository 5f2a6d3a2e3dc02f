package org.ksrelations.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list read as CSV over real HTTP, as a spreadsheet user downloads it. */
public final class Csv {

    private Csv() {
    }

    /** The CSV that a GET of {@code url} with {@code Accept: text/csv} answers: 200, as text/csv. */
    public static String get(String url) {
        return given().accept("text/csv").get(url).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
    }

    /** The CSV that a GET of {@code url} answers ({@link #get}), whose header starts with the {@code columns}. */
    public static String startingWith(String url, String columns) {
        String csv = get(url);
        assertTrue(csv.startsWith(columns), csv);
        return csv;
    }

    /** The CSV has {@code header} as its first line and {@code count} lines in all (the header one of them). */
    public static void assertLines(String csv, String header, int count) {
        String[] lines = lines(csv);
        assertEquals(header, lines[0]);
        assertEquals(count, lines.length);
    }

    /** The lines of a CSV (RFC 4180: separated by CRLF), the header first. */
    public static String[] lines(String csv) {
        return csv.split("\r\n");
    }
}
