package org.ksrelations.systemtests;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional and cached reads through the packaged suite: the gateway's proxied reads and its composites carry
 * validators and answer 304, repeated reads give the same bytes, and an editor's write is in the very next read of
 * the record, of a list and of the timeline, however often they were read before — also a write made on the service
 * itself, which the gateway sees only by the service's dataset revision.
 */
class CachedReadsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-cache");

    static String editor() {
        return SUITE.editorToken("cache-test");
    }

    /** A new event on a day of 2013 of its own, created through the gateway; returns its slug. */
    static String newEvent(String title) {
        int n = SEQ.incrementAndGet();
        String slug = "2013-11-2" + n + "-cache-test-meeting-" + System.nanoTime();
        given(SUITE.spec()).auth().oauth2(editor()).contentType(ContentType.JSON).body("""
                {"slug": "%s", "date": "2013-11-2%d", "datePrecision": "DAY",
                 "title": {"en": "%s"}, "summary": {"en": "A meeting of the test negotiators in Brussels."},
                 "category": "NEGOTIATION", "actors": [], "places": ["Brussels"], "tags": [], "relatedAgreements": [],
                 "sources": [{"title": "Minutes", "publisher": "EEAS", "url": "https://example.org/minutes",
                              "publishedOn": "2013-11-2%d"}]}
                """.formatted(slug, n, title, n)).post("/api/v1/events").then().statusCode(201);
        return slug;
    }

    static void retitle(String slug, String title) {
        String etag = given(SUITE.spec()).get("/api/v1/events/" + slug).then().statusCode(200).extract().header("ETag");
        given(SUITE.spec()).auth().oauth2(editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\": {\"en\": \"" + title + "\"}}").patch("/api/v1/events/" + slug)
                .then().statusCode(200);
    }

    @Test
    void aProxiedReadIsConditionalAndRepeatsItsBytes() {
        String path = "/api/v1/events?from=2008-01-01&to=2008-12-31&limit=20";
        Response first = given(SUITE.spec()).get(path);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertNotNull(etag);
        Response second = given(SUITE.spec()).get(path);
        assertEquals(etag, second.header("ETag"));
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        given(SUITE.spec()).header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        given(SUITE.spec()).header("If-None-Match", "\"another\"").get(path).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void anEditorsWriteIsInTheNextReadOfTheRecordTheListAndTheTimeline() {
        String slug = newEvent("Cache test meeting");
        String record = "/api/v1/events/" + slug;
        String list = "/api/v1/events?from=2013-11-01&to=2013-11-30&limit=100";
        String timeline = "/api/v1/timeline?from=2013-11-01&to=2013-11-30&kinds=event,milestone";
        String[] paths = {record, list, timeline};
        String[] before = new String[paths.length];
        for (int i = 0; i < paths.length; i++) {
            for (int k = 0; k < 3; k++) { // read often enough to be held by the services and the gateway
                before[i] = given(SUITE.spec()).get(paths[i]).then().statusCode(200).extract().header("ETag");
            }
            given(SUITE.spec()).header("If-None-Match", before[i]).get(paths[i]).then().statusCode(304);
        }

        retitle(slug, "Cache test meeting, renamed");

        for (int i = 0; i < paths.length; i++) {
            Response after = given(SUITE.spec()).header("If-None-Match", before[i]).get(paths[i]);
            assertEquals(200, after.statusCode(), paths[i] + " after the write");
            assertNotEquals(before[i], after.header("ETag"), paths[i]);
        }
        given(SUITE.spec()).get(record).then().body("title", equalTo("Cache test meeting, renamed"));
        given(SUITE.spec()).get(list).then().body("items.find { it.slug == '" + slug + "' }.title",
                equalTo("Cache test meeting, renamed"));
        given(SUITE.spec()).get(timeline).then().body("incomplete", empty())
                .body("items.title", hasItem("Cache test meeting, renamed"));
    }

    @Test
    void theGatewayAnswersFromItsCopyOnlyWhileTheServicesRevisionIsUnchangedAndAWriteOnTheServiceItselfIsInItsNextRead() {
        String slug = newEvent("Revision test meeting");
        String record = "/api/v1/events/" + slug;
        String list = "/api/v1/events?from=2013-11-01&to=2013-11-30&limit=100";
        RequestSpecification events = new RequestSpecBuilder().setBaseUri(SUITE.app("events").baseUrl()).build();
        given(events).get(record).then().statusCode(200);
        Response direct = given(events).get(record); // the second read is answered from the service's memory
        direct.then().statusCode(200);
        long revision = Long.parseLong(direct.header("KSR-Dataset-Revision"));
        given(events).header("If-None-Match", direct.header("ETag")).get(record).then().statusCode(304)
                .header("KSR-Dataset-Revision", String.valueOf(revision));

        double confirmedBefore = gatewayCounter("result=\"confirmed\"") + gatewayCounter("result=\"kept\"");
        // the first reads fetch and revalidate the copies (a built answer does not say its revision); later ones are
        // answered from them
        for (int k = 0; k < 5; k++) {
            given(SUITE.spec()).get(record).then().statusCode(200).body("title", equalTo("Revision test meeting"));
            given(SUITE.spec()).get(list).then().statusCode(200);
        }
        assertTrue(gatewayCounter("result=\"confirmed\"") + gatewayCounter("result=\"kept\"") >= confirmedBefore + 4,
                "repeated reads at an unchanged revision are answered from the gateway's copies");
        assertTrue(gatewayCounter("ksr_gateway_revision_reads_total{service=\"events\"") >= 1);

        // a write that does not pass through the gateway: only the revision tells it
        String etag = given(events).get(record).then().statusCode(200).extract().header("ETag");
        given(events).auth().oauth2(editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\": {\"en\": \"Revision test meeting, renamed on the service\"}}").patch(record)
                .then().statusCode(200);
        given(events).get(record).then().statusCode(200);
        Response after = given(events).get(record);
        assertTrue(Long.parseLong(after.header("KSR-Dataset-Revision")) > revision, "a write moves the revision on");

        given(SUITE.spec()).get(record).then().statusCode(200).body("title", equalTo("Revision test meeting, renamed on the service"));
        given(SUITE.spec()).get(list).then().statusCode(200).body("items.find { it.slug == '" + slug + "' }.title",
                equalTo("Revision test meeting, renamed on the service"));
        assertNotEquals(null, given(SUITE.spec()).get(record).header("ETag"));
        assertEquals(null, given(SUITE.spec()).get(record).header("KSR-Dataset-Revision"), "the revision stays between the gateway and its services");
    }

    @Test
    void aReadTheGatewayKeptIsAnsweredWithTheSameBytesAndHeadersUntilAServiceItCameFromMovesOn() {
        String slug = newEvent("Kept read meeting");
        String record = "/api/v1/events/" + slug;
        String list = "/api/v1/events?from=2013-11-01&to=2013-11-30&limit=100";
        String timeline = "/api/v1/timeline?from=2013-11-01&to=2013-11-30";
        for (String path : List.of(record, list, timeline)) {
            // the first reads make and confirm the gateway's copies; the answer built from confirmed ones is kept whole
            Response built = null;
            Response kept = null;
            for (int k = 0; k < 8 && kept == null; k++) {
                double before = gatewayCounter("result=\"kept\"");
                Response r = given(SUITE.spec()).header("X-Request-Id", "read-" + k).header("Origin", "https://example.org")
                        .get(path);
                assertEquals(200, r.statusCode(), path);
                if (gatewayCounter("result=\"kept\"") > before) {
                    kept = r;
                } else {
                    built = r;
                }
            }
            assertNotNull(kept, path + ": a repeated read is answered from what the gateway kept");
            assertNotNull(built, path + ": the first read is built");
            assertArrayEquals(built.asByteArray(), kept.asByteArray(), path);
            for (String h : List.of("Content-Type", "ETag", "Cache-Control", "Vary", "Link", "Last-Modified",
                    "Content-Language", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers")) {
                assertEquals(built.header(h), kept.header(h), path + ": " + h);
            }
            assertTrue(kept.header("X-Request-Id").startsWith("read-"), path + ": the request id is this exchange's");
            assertEquals(null, kept.header("KSR-Dataset-Revision"), path);
            double before = gatewayCounter("result=\"kept\"");
            Response unchanged = given(SUITE.spec()).header("If-None-Match", kept.header("ETag")).get(path);
            assertEquals(304, unchanged.statusCode(), path);
            assertTrue(gatewayCounter("result=\"kept\"") > before, path + ": its 304 too");
            assertEquals(kept.header("ETag"), unchanged.header("ETag"), path);
            assertEquals(null, unchanged.header("Content-Type"), path + ": a 304 describes no body");
        }
        String metrics = given().baseUri(SUITE.app("gateway").managementUrl()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.lines().noneMatch(l -> l.startsWith("http_server_requests") && l.contains(slug)),
                "answers from memory are named by their route template in the metrics, not by their path");

        // a write on the service itself: each kept read is built again, with it
        RequestSpecification events = new RequestSpecBuilder().setBaseUri(SUITE.app("events").baseUrl()).build();
        String etag = given(events).get(record).then().statusCode(200).extract().header("ETag");
        given(events).auth().oauth2(editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\": {\"en\": \"Kept read meeting, renamed on the service\"}}").patch(record)
                .then().statusCode(200);
        given(SUITE.spec()).get(record).then().statusCode(200).body("title", equalTo("Kept read meeting, renamed on the service"));
        given(SUITE.spec()).get(list).then().statusCode(200).body("items.find { it.slug == '" + slug + "' }.title",
                equalTo("Kept read meeting, renamed on the service"));
        given(SUITE.spec()).get(timeline).then().statusCode(200).body("incomplete", empty())
                .body("items.title", hasItem("Kept read meeting, renamed on the service"));
    }

    /** The sum of the gateway's ksr_gateway_* counter lines that contain {@code match} (Prometheus, management port). */
    static double gatewayCounter(String match) {
        String metrics = given().baseUri(SUITE.app("gateway").managementUrl()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        return metrics.lines().filter(l -> l.startsWith("ksr_gateway_") && l.contains(match))
                // "name{labels} value", then maybe "# {exemplar} value timestamp"
                .mapToDouble(l -> Double.parseDouble(l.split(" ")[1])).sum();
    }

    @Test
    void everyCompositeHasAValidatorPerRepresentationAndAnswers304() {
        String[] composites = {"/api/v1/timeline?from=2013-01-01&to=2013-12-31", "/api/v1/search?q=brussels",
                "/api/v1/overview", "/api/v1/about"};
        for (String path : composites) {
            Response first = given(SUITE.spec()).get(path);
            first.then().statusCode(200).body("incomplete", empty());
            String etag = first.header("ETag");
            assertNotNull(etag, path);
            Response again = given(SUITE.spec()).get(path);
            assertEquals(etag, again.header("ETag"), path);
            assertArrayEquals(first.asByteArray(), again.asByteArray(), path);
            given(SUITE.spec()).header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
            String sep = path.contains("?") ? "&" : "?";
            String variant = path.startsWith("/api/v1/about") ? path : path + sep + "lang=sr";
            String other = given(SUITE.spec()).header("Accept-Language", "sr").get(variant).then().statusCode(200)
                    .extract().header("ETag");
            assertNotEquals(etag, other, path + ": another language is another representation");
        }
    }

    @Test
    void theTimelinePagesStillJoinUpWhenEachSourceIsAskedOnlyForWhatAPageNeeds() {
        String base = "/api/v1/timeline?from=2008-01-01&to=2014-12-31&limit=7";
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response r = given(SUITE.spec()).get(base + (cursor == null ? "" : "&cursor=" + cursor));
            r.then().statusCode(200).body("incomplete", empty());
            java.util.List<String> ids = r.jsonPath().getList("items.id");
            seen.addAll(ids);
            cursor = r.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 200);
        java.util.List<String> whole = given(SUITE.spec()).get("/api/v1/timeline?from=2008-01-01&to=2014-12-31&limit=500")
                .jsonPath().getList("items.id");
        assertTrue(whole.size() > 14, "enough entries for several pages: " + whole.size());
        assertEquals(whole, seen, "pages of 7 join up to the whole timeline, nothing twice, nothing missing");
    }
}
