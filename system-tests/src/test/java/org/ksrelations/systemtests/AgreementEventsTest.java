package org.ksrelations.systemtests;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, links between events and agreements through the packaged suite: the gateway's agreement detail with its
 * linked events ({@code include=events}), and every link resolving in the other service, both ways.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgreementEventsTest {

    static final String BRUSSELS = "2013-04-19-brussels-agreement";

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-links");

    static String editor() {
        return SUITE.editorToken("links-test");
    }

    @Test
    @Order(1)
    void theAgreementDetailIncludesItsEventsFromEventsService() {
        Response r = given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events");
        r.then().statusCode(200).contentType(containsString("application/json"))
                .body("slug", equalTo(BRUSSELS))
                .body("incomplete", empty())
                .body("events", not(empty()))
                .header("ETag", notNullValue());
        List<Map<String, Object>> events = r.jsonPath().getList("events");
        for (Map<String, Object> e : events) {
            assertEquals(Set.of("slug", "date", "datePrecision", "title", "category"), e.keySet(), e.toString());
            assertTrue(e.get("title") instanceof String, "titles in one language: " + e);
        }
        List<String> slugs = r.jsonPath().getList("events.slug");
        // the same events as events-service's own filter, by date, and as the curated seed copy on the agreement
        List<String> byFilter = given(SUITE.spec()).get("/api/v1/events?agreement=" + BRUSSELS + "&sort=date&limit=500")
                .jsonPath().getList("items.slug");
        assertEquals(byFilter, slugs);
        assertEquals(new TreeSet<>(r.jsonPath().<String>getList("relatedEvents")), new TreeSet<>(slugs));
        List<String> dates = r.jsonPath().getList("events.date");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(String::compareTo);
        assertEquals(sorted, dates);

        // without include, the agreements-service answer unchanged
        given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS).then().statusCode(200)
                .body("events", nullValue()).body("incomplete", nullValue());
        // conditional GET on the composite's own ETag
        given(SUITE.spec()).header("If-None-Match", r.header("ETag")).get("/api/v1/agreements/" + BRUSSELS + "?include=events")
                .then().statusCode(304);
    }

    @Test
    @Order(2)
    void theIncludedEventsComeInTheRequestsLanguage() {
        JsonPath all = given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events&lang=all").jsonPath();
        List<Map<String, Object>> events = all.getList("events");
        int i = 0;
        while (i < events.size() && !((Map<?, ?>) events.get(i).get("title")).containsKey("mk")) {
            i++;
        }
        assertTrue(i < events.size(), "an event of the Brussels agreement from the Macedonian document");
        Map<?, ?> titles = (Map<?, ?>) events.get(i).get("title");
        Response mk = given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events&lang=mk");
        mk.then().statusCode(200);
        assertEquals(titles.get("mk"), mk.jsonPath().getString("events[" + i + "].title"));
        assertEquals(titles.get("mk"), given(SUITE.spec()).header("Accept-Language", "mk")
                .get("/api/v1/agreements/" + BRUSSELS + "?include=events").jsonPath().getString("events[" + i + "].title"));
        assertEquals(titles.get("en"), given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events")
                .jsonPath().getString("events[" + i + "].title"));
        given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events&lang=all").then().statusCode(200)
                .body("events[0].title.en", notNullValue());
    }

    @Test
    @Order(3)
    void badIncludesAndUnknownAgreementsAreProblems() {
        for (String bad : List.of("provisions", "events,nope", "EVENTSX")) {
            given(SUITE.spec()).queryParam("include", bad).get("/api/v1/agreements/" + BRUSSELS).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("type", containsString("invalid-parameter"))
                    .body("errors.field", hasItem("include"));
        }
        given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events&lang=xxx").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given(SUITE.spec()).get("/api/v1/agreements/no-such-agreement?include=events").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    @Order(4)
    void anEditorsLinkOnTheEventSideShowsOnTheAgreement() {
        String event = "2008-02-17-kosovo-declares-independence";
        String agreement = "2023-02-27-path-to-normalisation";
        assertFalse(given(SUITE.spec()).get("/api/v1/agreements/" + agreement + "?include=events").jsonPath()
                .<String>getList("events.slug").contains(event));
        Response current = given(SUITE.spec()).get("/api/v1/events/" + event);
        List<String> links = new ArrayList<>(current.jsonPath().getList("relatedAgreements"));
        links.add(agreement);
        given(SUITE.spec()).auth().oauth2(editor()).header("If-Match", current.header("ETag"))
                .contentType("application/merge-patch+json")
                .body(Map.of("relatedAgreements", links))
                .patch("/api/v1/events/" + event).then().statusCode(200);
        given(SUITE.spec()).get("/api/v1/agreements/" + agreement + "?include=events").then().statusCode(200)
                .body("events.slug", hasItem(event));
    }

    /** Issue 18, step 6 over the running suite: every link resolves in the other service, and the two sides agree. */
    @Test
    @Order(5)
    void everyLinkResolvesThroughTheGatewayBothWays() {
        JsonPath events = given(SUITE.spec()).get("/api/v1/events?limit=500&fields=slug,relatedAgreements").jsonPath();
        JsonPath agreements = given(SUITE.spec()).get("/api/v1/agreements?limit=500&fields=slug,relatedEvents").jsonPath();
        Set<String> eventSlugs = new HashSet<>(events.getList("items.slug"));
        Set<String> agreementSlugs = new HashSet<>(agreements.getList("items.slug"));
        List<String> broken = new ArrayList<>();
        Set<String> fromEvents = new TreeSet<>();
        for (Map<String, Object> e : events.<Map<String, Object>>getList("items")) {
            for (Object a : (List<?>) e.get("relatedAgreements")) {
                fromEvents.add(a + " <- " + e.get("slug"));
                if (!agreementSlugs.contains(a.toString())) {
                    broken.add("event " + e.get("slug") + " -> agreement " + a);
                }
            }
        }
        Set<String> fromAgreements = new TreeSet<>();
        for (Map<String, Object> a : agreements.<Map<String, Object>>getList("items")) {
            for (Object e : (List<?>) a.get("relatedEvents")) {
                fromAgreements.add(a.get("slug") + " <- " + e);
                if (!eventSlugs.contains(e.toString())) {
                    broken.add("agreement " + a.get("slug") + " -> event " + e);
                }
            }
        }
        assertEquals(List.of(), broken, "links that do not resolve");
        // each link resolves as a record through the gateway, and include=events shows the event side's links
        for (String link : fromEvents) {
            String[] p = link.split(" <- ");
            given(SUITE.spec()).get("/api/v1/agreements/" + p[0]).then().statusCode(200);
            given(SUITE.spec()).get("/api/v1/events/" + p[1]).then().statusCode(200);
        }
        for (String a : agreementSlugs) {
            Set<String> included = new TreeSet<>(given(SUITE.spec()).get("/api/v1/agreements/" + a + "?include=events")
                    .jsonPath().getList("events.slug"));
            Set<String> expected = new TreeSet<>();
            fromEvents.stream().filter(l -> l.startsWith(a + " <- ")).forEach(l -> expected.add(l.split(" <- ")[1]));
            assertEquals(expected, included, a);
        }
        // the curated copy in agreements-service equals the event side, except the link the editor added above
        Set<String> seedSide = new TreeSet<>(fromEvents);
        seedSide.remove("2023-02-27-path-to-normalisation <- 2008-02-17-kosovo-declares-independence");
        assertEquals(seedSide, fromAgreements);
    }

    /**
     * A renamed agreement's old slug through the gateway: the service's 301 (reads) and 308 (writes) reach the client
     * unfollowed, with Location at the gateway's address, the query string kept ({@code include=events} too); the
     * changes feed reports the rename. The database starts as the release before the rename left it (the row under
     * its old slug, no alias, the seed files not yet loaded), and a restart of agreements-service renames it.
     */
    @Test
    @Order(6)
    void anOldSlugRedirectsThroughTheGatewayToTheNewUrl() throws Exception {
        String old = "2007-03-26-ahtisaari-plan";
        String renamed = "2007-02-ahtisaari-plan";
        String since = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1).toString();
        SUITE.suite().stop("agreements");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(org.ksrelations.launcher.EmbeddedPg.jdbcUrl(
                SUITE.suite().pgPort(), SUITE.app("agreements").database()), org.ksrelations.launcher.EmbeddedPg.USER,
                org.ksrelations.launcher.EmbeddedPg.PASSWORD); java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from slug_alias where old_slug = '" + old + "'");
            sql.executeUpdate("update agreement set slug = '" + old + "' where slug = '" + renamed + "'");
            sql.executeUpdate("delete from seed_state");
        }
        SUITE.suite().start("agreements");
        SUITE.suite().awaitReady("agreements", Duration.ofMinutes(2));

        String base = SUITE.app("gateway").baseUrl();
        given(SUITE.spec()).redirects().follow(false).get("/api/v1/agreements/" + old).then()
                .statusCode(301).header("Location", equalTo(base + "/api/v1/agreements/" + renamed));
        given(SUITE.spec()).redirects().follow(false).get("/api/v1/agreements/" + old + "?include=events&lang=mk").then()
                .statusCode(301)
                .header("Location", equalTo(base + "/api/v1/agreements/" + renamed + "?include=events&lang=mk"));
        given(SUITE.spec()).redirects().follow(false).get("/api/v1/agreements/" + old + "/milestones?format=csv").then()
                .statusCode(301).header("Location", equalTo(base + "/api/v1/agreements/" + renamed + "/milestones?format=csv"));
        given(SUITE.spec()).redirects().follow(false).auth().oauth2(editor()).header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json").body("{\"tags\": []}")
                .patch("/api/v1/agreements/" + old).then()
                .statusCode(308).header("Location", equalTo(base + "/api/v1/agreements/" + renamed));
        // a client that follows the redirect gets the agreement with its events, from the gateway
        given(SUITE.spec()).get("/api/v1/agreements/" + old + "?include=events").then().statusCode(200)
                .body("slug", equalTo(renamed)).body("incomplete", empty()).body("events", not(empty()));
        given(SUITE.spec()).redirects().follow(false).get("/api/v1/agreements/1999-01-01-no-such-plan?include=events").then()
                .statusCode(404).contentType(containsString("application/problem+json"));
        given(SUITE.spec()).queryParam("since", since).queryParam("limit", 500).get("/api/v1/agreements/changes").then()
                .statusCode(200)
                .body("items.find { it.change == 'RENAME' }.slug", equalTo(renamed))
                .body("items.find { it.change == 'RENAME' }.formerSlug", equalTo(old));
    }

    @Test
    @Order(10)
    void withEventsServiceDownTheAgreementComesWithIncomplete() {
        SUITE.suite().stop("events");
        given(SUITE.spec()).get("/api/v1/agreements/" + BRUSSELS + "?include=events").then().statusCode(200)
                .body("slug", equalTo(BRUSSELS))
                .body("events", nullValue())
                .body("incomplete", equalTo(List.of("events")))
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
    }
}
