package org.ksrelations.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged suite, started exactly as ./run.sh starts it (embedded PostgreSQL with a data folder, four JVMs),
 * tested through the gateway only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteTest {

    static Suite suite;
    static Path data;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("ksr-suite");
        suite = SystemSuite.create(data);
        suite.startAll(Duration.ofSeconds(180));
        RestAssured.baseURI = suite.app("gateway").baseUrl();
        RestAssured.port = suite.app("gateway").port();
    }

    @AfterAll
    static void stop() {
        SystemSuite.stop(suite);
    }

    String editor() {
        return suite.keys().token("system-test", Set.of("editor"), Duration.ofMinutes(10));
    }

    @Test
    @Order(1)
    void everyServiceIsReachableThroughTheGateway() {
        given().get("/api/v1/events").then().statusCode(200).body("items.size()", greaterThan(0));
        given().get("/api/v1/actors").then().statusCode(200).body("items.size()", greaterThan(0));
        given().get("/api/v1/agreements").then().statusCode(200).body("items.size()", greaterThan(0));
        given().get("/api/v1/states").then().statusCode(200).body("items.size()", greaterThan(0));
        given().get("/api/v1/recognitions").then().statusCode(200).body("items.size()", greaterThan(0));
        given().get("/api/v1/memberships").then().statusCode(200);
        given().get("/api/v1/events/no-such-event").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    @Order(2)
    void linkHeadersPointAtTheGateway() {
        given().get("/api/v1/events?limit=2").then().statusCode(200)
                .header("Link", containsString(suite.app("gateway").baseUrl()))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    @Order(3)
    void etagsAndPreconditionsPassThrough() {
        String etag = given().get("/api/v1/events/2008-02-17-kosovo-declares-independence").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/events/2008-02-17-kosovo-declares-independence")
                .then().statusCode(304);
        given().auth().oauth2(editor()).header("If-Match", "\"999\"").contentType("application/merge-patch+json")
                .body("{\"tags\": [\"x\"]}").patch("/api/v1/events/2008-02-17-kosovo-declares-independence")
                .then().statusCode(412).contentType(containsString("application/problem+json"));
        given().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"tags\": [\"x\"]}").patch("/api/v1/events/2008-02-17-kosovo-declares-independence")
                .then().statusCode(401);
    }

    @Test
    @Order(4)
    void anEditorWritesThroughTheGateway() {
        String slug = "2015-01-01-system-test-" + System.nanoTime();
        postEvent(slug, "2015-01-01", "System test event", "Written through the gateway.").statusCode(201)
                .header("Location", containsString(suite.app("gateway").baseUrl() + "/api/v1/events/" + slug));
        given().get("/api/v1/events/" + slug).then().statusCode(200).body("title", equalTo("System test event"));
    }

    @Test
    @Order(5)
    void timelineMergesTheThreeServicesInDateOrder() {
        Response r = given().get("/api/v1/timeline?from=2013-01-01&to=2013-12-31&limit=500");
        r.then().statusCode(200).body("incomplete", empty())
                .body("items.kind", hasItem("EVENT"))
                .body("items.kind", hasItem("MILESTONE"));
        List<String> dates = r.jsonPath().getList("items.date");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(String::compareTo);
        assertEquals(sorted, dates);
        given().get("/api/v1/timeline?from=2008-02-17&to=2008-02-29&kinds=recognition").then().statusCode(200)
                .body("items.kind", everyItemIs("RECOGNITION"))
                .body("items.size()", greaterThan(10));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String v) {
        return org.hamcrest.Matchers.everyItem(equalTo(v));
    }

    @Test
    @Order(6)
    void timelinePagesWithoutGapOrDuplicate() {
        List<String> all = given().get("/api/v1/timeline?from=2008-01-01&to=2010-12-31&limit=500").jsonPath()
                .getList("items.id");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int guard = 0;
        do {
            Response r = given().queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/timeline?from=2008-01-01&to=2010-12-31&limit=9");
            paged.addAll(r.jsonPath().getList("items.id"));
            cursor = r.jsonPath().getString("nextCursor");
        } while (cursor != null && ++guard < 200);
        assertEquals(all, paged);
    }

    @Test
    @Order(7)
    void searchAndOverviewComposeAllServices() {
        given().get("/api/v1/search?q=brussels").then().statusCode(200)
                .body("incomplete", empty())
                .body("groups.events.items.size()", greaterThan(0));
        given().get("/api/v1/search").then().statusCode(400).contentType(containsString("application/problem+json"));
        given().get("/api/v1/overview").then().statusCode(200)
                .body("recognizingStates", greaterThan(90))
                .body("latestEvents.size()", equalTo(5))
                .body("incomplete", empty());
        given().get("/api/v1/about").then().statusCode(200).body("datasets.events.dataset", equalTo("events"));
    }

    @Test
    @Order(8)
    void mergedSpecHasEveryServicesOperations() {
        Response spec = given().get("/q/openapi?format=json");
        spec.then().statusCode(200)
                .body("paths.'/api/v1/events'.get.operationId", equalTo("listEvents"))
                .body("paths.'/api/v1/agreements'.get.operationId", equalTo("listAgreements"))
                .body("paths.'/api/v1/states'.get.operationId", equalTo("listStates"))
                .body("paths.'/api/v1/timeline'.get.operationId", equalTo("getTimeline"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    @Order(9)
    void corsPreflightIsAnsweredForConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/events").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    @Test
    @Order(20)
    void aStoppedServiceGives503AndTheSuiteRecovers() {
        suite.stop("recognition");
        long t0 = System.nanoTime();
        given().get("/api/v1/states").then().statusCode(503)
                .contentType(containsString("application/problem+json"));
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos());
        given().get("/api/v1/events?limit=1").then().statusCode(200);
        given().get("/api/v1/timeline?from=2008-02-17&to=2008-03-31").then().statusCode(200)
                .body("incomplete", hasItem("recognition"))
                .body("items.kind", hasItem("EVENT"));
        suite.start("recognition");
        suite.awaitReady("recognition", Duration.ofSeconds(120));
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = given().get("/api/v1/states").statusCode();
            if (status != 200) {
                sleep(500);
            }
        }
        assertEquals(200, status, "recognition answers again through the gateway without a gateway restart");
    }

    @Test
    @Order(30)
    void dataWrittenSurvivesARestartOfTheSuite() {
        String slug = "2016-01-01-survives-restart-" + System.nanoTime();
        postEvent(slug, "2016-01-01", "Kept across restarts", "Written before a restart.").statusCode(201);
        suite.close();
        suite.startAll(Duration.ofSeconds(180));
        given().get("/api/v1/events/" + slug).then().statusCode(200).body("title", equalTo("Kept across restarts"));
    }

    @Test
    @Order(40)
    void anApplicationThatCannotStartSaysWhyWithItsLastLogLines() throws IOException {
        try (ServerSocket taken = new ServerSocket(SystemSuite.freePort())) {
            suite.addInstance("events", "events-clash", taken.getLocalPort(), SystemSuite.freePort());
            suite.start("events-clash");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> suite.awaitReady("events-clash", Duration.ofSeconds(120)));
            assertTrue(e.getMessage().startsWith("events-clash exited with "), e.getMessage());
            assertTrue(e.getMessage().contains("its last lines:"), e.getMessage());
            String tail = e.getMessage().substring(e.getMessage().indexOf("its last lines:"));
            assertTrue(tail.contains(String.valueOf(taken.getLocalPort())), "the log's reason names the port: " + tail);
        } finally {
            suite.stop("events-clash");
        }
    }

    /** A POST through the gateway, as an editor, of a new event of {@code date} (a DIPLOMACY event with a source). */
    private ValidatableResponse postEvent(String slug, String date, String title, String summary) {
        return given().auth().oauth2(editor()).contentType(ContentType.JSON).body("""
                        {"slug": "%s", "date": "%s", "datePrecision": "DAY",
                         "title": {"en": "%s"}, "summary": {"en": "%s"},
                         "category": "DIPLOMACY", "sources": [{"title": "System test"}]}""".formatted(slug, date, title, summary))
                .post("/api/v1/events").then();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
