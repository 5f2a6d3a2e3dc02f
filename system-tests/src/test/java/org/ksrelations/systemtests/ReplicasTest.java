package org.ksrelations.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksrelations.launcher.EmbeddedPg;
import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service as a Deployment with two replicas would run it: two instances of the packaged service started at the
 * same moment on one empty database (the suite's embedded PostgreSQL, one fresh database per service). Both become
 * ready, the seed is in the database exactly once and was loaded by one pass, and a write through one instance is what
 * the other serves at once, the single record and a list page alike, whatever either instance caches. Then both
 * restart at once on the seeded database: both ready again, neither loads the seed again, the change stays.
 */
class ReplicasTest {

    private static final Duration START = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Suite suite;

    @BeforeAll
    static void startDatabase() throws IOException {
        suite = SystemSuite.create(Files.createTempDirectory("ksr-replicas"));
        try {
            suite.startDatabase();
            for (String service : List.of("events", "agreements", "recognition")) {
                suite.addInstance(service, service + "-b", SystemSuite.freePort(), SystemSuite.freePort());
            }
        } catch (RuntimeException e) {
            SystemSuite.stop(suite);
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        SystemSuite.stop(suite);
    }

    @Test
    void eventsServiceTwoInstancesAtOnceSeedOnceServeEachOthersWritesAndRestartTogether() throws Exception {
        int seed = 0;
        Path dir = root().resolve("events-service/src/main/resources/seed/events");
        for (String line : Files.readAllLines(dir.resolve("index.txt"))) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                seed += records(dir.resolve(file));
            }
        }
        check(tagging("events", "event", seed, "/api/v1/events"));
    }

    @Test
    void agreementsServiceTwoInstancesAtOnceSeedOnceServeEachOthersWritesAndRestartTogether() throws Exception {
        int seed = records(root().resolve("agreements-service/src/main/resources/seed/agreements.json"));
        check(tagging("agreements", "agreement", seed, "/api/v1/agreements"));
    }

    @Test
    void recognitionServiceTwoInstancesAtOnceSeedOnceServeEachOthersWritesAndRestartTogether() throws Exception {
        int seed = records(root().resolve("recognition-service/src/main/resources/seed/states.json"));
        String note = "Checked through the other replica " + System.nanoTime();
        check(new Case("recognition", "state", seed, "/api/v1/states", "code",
                JSON.writeValueAsString(Map.of("note", note)), view -> note.equals(view.path("note").asText())));
    }

    /**
     * One service: {@code table} holds its seeded records, {@code seedRecords} of them in its seed files;
     * {@code collection} lists them by {@code idField}; {@code patch} is a merge patch whose effect {@code changed}
     * recognizes in a record as the item and the list serve it.
     */
    record Case(String service, String table, int seedRecords, String collection, String idField, String patch,
                Predicate<JsonNode> changed) {
    }

    /** A case of a service of documents keyed by slug whose patch gives the record a tag of its own. */
    private static Case tagging(String service, String table, int seedRecords, String collection) {
        String tag = "replica-check-" + System.nanoTime();
        return new Case(service, table, seedRecords, collection, "slug", "{\"tags\": [\"" + tag + "\"]}",
                view -> view.path("tags").toString().contains("\"" + tag + "\""));
    }

    /** How many records a seed file (a JSON array) holds. */
    private static int records(Path file) throws IOException {
        return JSON.readTree(file.toFile()).size();
    }

    private void check(Case c) throws Exception {
        String a = c.service();
        String b = c.service() + "-b";
        try {
            suite.start(a);
            suite.start(b);
            // whichever answers ready first has its seed pass behind it: the data is complete by then
            awaitFirstReady(a, b);
            assertSeededOnce(c);
            suite.awaitReady(a, START);
            suite.awaitReady(b, START);
            assertSeededOnce(c);
            assertSeedPasses(c.service(), a, b, 2);
            String item = aWriteThroughOneIsReadThroughTheOther(c, suite.app(a), suite.app(b));

            // both restart at once on the seeded database: both ready, neither loads again, the editor's change stays
            suite.stop(b);
            suite.stop(a);
            suite.start(a);
            suite.start(b);
            suite.awaitReady(a, START);
            suite.awaitReady(b, START);
            assertSeededOnce(c);
            assertSeedPasses(c.service(), a, b, 4);
            for (Suite.App instance : List.of(suite.app(a), suite.app(b))) {
                Response r = at(instance).get(item);
                r.then().statusCode(200);
                assertTrue(c.changed().test(body(r)), "the change through " + instance.name() + " after the restart");
            }
        } finally {
            echoSeedLines(a, b);
            suite.stop(b);
            suite.stop(a);
        }
    }

    private void awaitFirstReady(String a, String b) {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (suite.isReady(a) || suite.isReady(b)) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("neither " + a + " nor " + b + " became ready; see " + suite.logFile(a) + ", "
                + suite.logFile(b));
    }

    /** The seed's records are each in the table once, and one load of the seed files is recorded. */
    private void assertSeededOnce(Case c) throws SQLException {
        try (Connection db = DriverManager.getConnection(EmbeddedPg.jdbcUrl(suite.pgPort(), c.service()),
                EmbeddedPg.USER, EmbeddedPg.PASSWORD)) {
            assertEquals(c.seedRecords(), count(db, "select count(*) from " + c.table()),
                    c.table() + " rows against the seed's records");
            assertEquals(c.seedRecords(), count(db, "select count(distinct " + c.idField() + ") from " + c.table()),
                    "distinct " + c.table() + " ids");
            assertEquals(1, count(db, "select count(*) from seed_state"), "recorded seed loads");
        }
    }

    /**
     * Of the two instances' seed passes so far, one loaded the files and the others ({@code passes} - 1) found them
     * loaded and skipped.
     */
    private void assertSeedPasses(String dataset, String a, String b, int passes) throws IOException {
        String logs = Files.readString(suite.logFile(a)) + Files.readString(suite.logFile(b));
        assertEquals(1, occurrences(logs, "seed: " + dataset + " files loaded"), "seed passes that loaded");
        assertEquals(passes - 1, occurrences(logs, "seed: " + dataset + " files unchanged since the last load"),
                "seed passes that skipped");
    }

    /** The instances' seed and lock lines, in the test's output. */
    private void echoSeedLines(String... instances) {
        for (String instance : instances) {
            try {
                Files.readAllLines(suite.logFile(instance)).stream().filter(l -> l.contains("seed:"))
                        .forEach(l -> System.out.println("[" + instance + "] " + l));
            } catch (IOException e) {
                System.out.println("[" + instance + "] no log: " + e);
            }
        }
    }

    /** Answers the path of the record changed. */
    private String aWriteThroughOneIsReadThroughTheOther(Case c, Suite.App a, Suite.App b) {
        String page = c.collection() + "?limit=5&includeTotal=true";
        Response firstPage = at(b).get(page);
        firstPage.then().statusCode(200);
        assertEquals(c.seedRecords(), firstPage.jsonPath().getInt("totalItems"), "the list's total through B");
        String id = firstPage.jsonPath().getString("items[0]." + c.idField());
        String item = c.collection() + "/" + id;

        // read through B twice, the record and the page, so that any cache of B holds them
        String before = at(b).get(item).then().statusCode(200).extract().header("ETag");
        assertEquals(before, at(b).get(item).then().statusCode(200).extract().header("ETag"));
        at(b).get(page).then().statusCode(200);
        assertFalse(c.changed().test(listed(at(b).get(page), c.idField(), id)),
                "the change is not there before the write");

        // write through A
        String after = at(a).auth().oauth2(editor()).header("If-Match", before)
                .contentType("application/merge-patch+json").body(c.patch()).patch(item)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after, "the write gives a new ETag");

        // the very next reads through B serve the change, with the validator A gives the same representation now
        Response fresh = at(b).get(item);
        fresh.then().statusCode(200);
        assertTrue(c.changed().test(body(fresh)), "the record through B shows the change: " + fresh.asString());
        assertNotEquals(before, fresh.header("ETag"), "the record's ETag through B after the write");
        assertEquals(at(a).get(item).then().statusCode(200).extract().header("ETag"), fresh.header("ETag"),
                "the record's ETag through B and through A");
        at(b).header("If-None-Match", before).get(item).then().statusCode(200);
        JsonNode listed = listed(at(b).get(page), c.idField(), id);
        assertTrue(c.changed().test(listed), "the list page through B shows the change: " + listed);
        return item;
    }

    private static RequestSpecification at(Suite.App app) {
        return given().baseUri("http://localhost").port(app.port());
    }

    private static JsonNode listed(Response page, String idField, String id) {
        page.then().statusCode(200);
        for (JsonNode item : body(page).path("items")) {
            if (id.equals(item.path(idField).asText())) {
                return item;
            }
        }
        throw new AssertionError(id + " is not on the page any more: " + page.asString());
    }

    private static JsonNode body(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.asString(), e);
        }
    }

    private static String editor() {
        return suite.keys().token("replicas-test", Set.of("editor"), Duration.ofMinutes(10));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static Path root() {
        return Path.of(System.getProperty("ksr.root", "..")).toAbsolutePath().normalize();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
