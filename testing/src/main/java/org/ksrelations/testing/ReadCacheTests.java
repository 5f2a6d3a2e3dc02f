package org.ksrelations.testing;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service kit's conditional and cached reads, the same in every service: validators on every public GET, 304s
 * for {@code If-None-Match} and {@code If-Modified-Since}, one validator per representation, repeated reads served
 * from memory, and never an answer older than a write committed by anyone (another replica is played by a plain
 * JDBC write that bypasses this instance). A service's test class extends this and names a list, a record and one
 * of its tables.
 */
public abstract class ReadCacheTests {

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    /** A list path with a query string of its own (e.g. {@code /api/v1/events?limit=5}). */
    protected abstract String list();

    /** The path of one record from the seed. */
    protected abstract String record();

    /** A table of the service whose rows the list shows. */
    protected abstract String table();

    @Test
    void aListAnswersWithAValidatorAndA304ForIt() {
        Response first = given().get(list());
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertNotNull(etag, "a list carries an ETag");
        Response again = given().header("If-None-Match", etag).get(list());
        assertEquals(304, again.statusCode());
        assertEquals(etag, again.header("ETag"));
        assertEquals("", again.asString(), "a 304 has no body");
        assertEquals(null, again.header("Content-Type"), "a 304 describes no body");
        assertEquals(null, again.header("Link"), "a 304 repeats only validator and caching fields");
        given().header("If-None-Match", "\"someone-else\"").get(list()).then().statusCode(200);
    }

    @Test
    void aListAnswersIfModifiedSinceWithA304() {
        Response first = given().get(list());
        String lastModified = first.header("Last-Modified");
        assertNotNull(lastModified, "a list says when its data last changed");
        given().header("If-Modified-Since", lastModified).get(list()).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 1990 00:00:00 GMT").get(list()).then().statusCode(200);
    }

    @Test
    void everyRepresentationHasItsOwnValidator() {
        String sep = list().contains("?") ? "&" : "?";
        List<String> tags = new ArrayList<>();
        tags.add(given().get(list()).then().statusCode(200).extract().header("ETag"));
        tags.add(given().get(list() + sep + "lang=all").then().statusCode(200).extract().header("ETag"));
        tags.add(given().get(list() + sep + "format=csv").then().statusCode(200).extract().header("ETag"));
        tags.add(given().header("Accept-Language", "sr").get(list()).then().statusCode(200).extract().header("ETag"));
        Set<String> distinct = new HashSet<>(tags);
        assertEquals(tags.size(), distinct.size(), "validators " + tags);
        Response csv = given().header("If-None-Match", tags.get(2)).get(list() + sep + "format=csv");
        assertEquals(304, csv.statusCode());
        given().header("If-None-Match", tags.get(2)).get(list()).then().statusCode(200);
    }

    @Test
    void aRepeatedReadIsServedFromMemoryWithTheSameBytesAndHeaders() {
        Response first = given().get(list());
        double hits = hits();
        Response second = given().get(list());
        assertTrue(hits() > hits, "the second read of an unchanged dataset is a cache hit");
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.header("Content-Type"), second.header("Content-Type"));
        assertEquals(first.header("Cache-Control"), second.header("Cache-Control"));
        assertEquals(first.header("Vary"), second.header("Vary"));
        assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"), "the request id is per exchange");
    }

    @Test
    void aReadFromMemoryIsTheAnswerItWasKeptFromWithThisExchangesIdAndTheRevisionItWasCheckedAt() throws SQLException {
        String sep = list().contains("?") ? "&" : "?";
        for (String path : List.of(list(), list() + sep + "format=csv", record())) {
            execute("UPDATE " + table() + " SET version = version WHERE false"); // a new dataset version: nothing kept is current
            double front = frontHits();
            Response built = given().header("X-Request-Id", "built-by-the-resource").get(path);
            built.then().statusCode(200);
            assertEquals(front, frontHits(), path + ": the first read after a write is built by the resource");
            Response kept = given().header("X-Request-Id", "answered-from-memory").get(path);
            assertEquals(200, kept.statusCode(), path);
            assertTrue(frontHits() > front, path + ": a repeated read is answered before Quarkus REST");
            assertArrayEquals(built.asByteArray(), kept.asByteArray(), path);
            assertEquals(representation(built), representation(kept), path + ": the same representation headers");
            assertEquals("answered-from-memory", kept.header("X-Request-Id"), path);
            assertEquals(Long.toString(version()), kept.header("KSR-Dataset-Revision"), path);
            Response unchanged = given().header("If-None-Match", kept.header("ETag")).get(path);
            assertEquals(304, unchanged.statusCode(), path);
            assertEquals(kept.header("ETag"), unchanged.header("ETag"), path);
            assertEquals(kept.header("Cache-Control"), unchanged.header("Cache-Control"), path);
            assertEquals(null, unchanged.header("Content-Type"), path + ": a 304 describes no body");
            assertNotNull(unchanged.header("X-Request-Id"), path + ": every answer has a request id");
        }
        String recordPath = record().contains("?") ? record().substring(0, record().indexOf('?')) : record();
        assertEquals(List.of(), registry.find("http.server.requests").tag("uri", recordPath).meters(),
                "requests answered from memory are named by their route template in the metrics, not by their path");
    }

    @Test
    void aRecordKeepsItsRowVersionAsValidatorAndAnswers304FromMemory() {
        Response first = given().get(record());
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertTrue(etag.matches("\"\\d+\""), "a record's ETag is its row version, which If-Match takes: " + etag);
        given().get(record()).then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", etag).get(record()).then().statusCode(304).header("ETag", etag);
    }

    @Test
    void aWriteCommittedByAnotherReplicaIsSeenByTheNextRead() throws SQLException {
        String before = given().get(list()).then().statusCode(200).extract().header("ETag");
        given().get(list()).then().statusCode(200).header("ETag", before);
        // another replica's committed write, which this instance knows nothing about
        execute("UPDATE " + table() + " SET version = version WHERE id = (SELECT min(id) FROM " + table() + ")");
        double misses = misses();
        Response after = given().header("If-None-Match", before).get(list());
        assertEquals(200, after.statusCode(), "the old validator no longer matches after a committed write");
        assertNotEquals(before, after.header("ETag"));
        assertTrue(misses() > misses, "the read after a write is built again, not taken from memory");
    }

    @Test
    void everyTableOfTheServiceMovesTheDatasetVersion() throws SQLException {
        List<String> untracked = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                       AND c.relname NOT IN ('dataset_version', 'flyway_schema_history')
                       AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid
                                       AND t.tgname = 'dataset_version_bump')""")) {
            while (rs.next()) {
                untracked.add(rs.getString(1));
            }
        }
        assertEquals(List.of(), untracked, "tables whose writes would not invalidate cached reads");
        long v1 = version();
        execute("UPDATE " + table() + " SET version = version WHERE false");
        assertTrue(version() > v1, "a write statement moves the dataset version");
    }

    @Test
    void readsWithCredentialsAndProblemsAreNeverTakenFromMemory() {
        String sep = list().contains("?") ? "&" : "?";
        given().get(list() + sep + "cursor=not-a-cursor").then().statusCode(400);
        double hits = hits();
        given().get(list() + sep + "cursor=not-a-cursor").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.editor()).get(list()).then().statusCode(200);
        given().auth().oauth2(TestTokens.editor()).get(list()).then().statusCode(200);
        assertEquals(hits, hits(), "no hit for a problem or for a request with credentials");
    }

    /** The headers that describe the representation (those of one exchange left out), by lower-case name. */
    private static Map<String, List<String>> representation(Response r) {
        Set<String> perExchange = Set.of("x-request-id", "date", "content-length", "transfer-encoding", "connection",
                "keep-alive", "traceparent", "tracestate", "ksr-dataset-revision");
        Map<String, List<String>> headers = new TreeMap<>();
        r.headers().forEach(h -> {
            String name = h.getName().toLowerCase(Locale.ROOT);
            if (!perExchange.contains(name)) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(h.getValue());
            }
        });
        return headers;
    }

    private double frontHits() {
        return registry.get("ksr.read.cache.front.hits").counter().count();
    }

    private double hits() {
        return registry.get("ksr.read.cache.requests").tag("result", "hit").counter().count();
    }

    private double misses() {
        return registry.get("ksr.read.cache.requests").tag("result", "miss").counter().count();
    }

    private long version() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM dataset_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
