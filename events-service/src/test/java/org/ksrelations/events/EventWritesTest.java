package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Editor writes: auth, validation, optimistic concurrency, merge patch, deletion and the changes feed. */
@QuarkusTest
class EventWritesTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    static String newSlug() {
        return "2014-05-0" + (1 + SEQ.get() % 9) + "-test-event-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
    }

    static String body(String slug) {
        return """
                {"slug": "%s", "date": "2014-05-01", "datePrecision": "DAY",
                 "title": {"en": "Test meeting in Brussels", "sr": "Testni sastanak"},
                 "summary": {"en": "Negotiators met to discuss customs stamps and cadastre records."},
                 "category": "NEGOTIATION",
                 "actors": [{"slug": "hashim-thaci", "role": "PARTICIPANT"},
                            {"slug": "test-negotiator-%s", "name": "A. Negotiator", "type": "PERSON", "role": "MEDIATOR"}],
                 "places": ["Brussels"], "tags": ["brussels-dialogue"], "relatedAgreements": [],
                 "sources": [{"title": "Minutes", "publisher": "EEAS", "url": "https://example.org/minutes", "publishedOn": "2014-05-02"}]}
                """.formatted(slug, SEQ.get());
    }

    static Response create(String slug) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(body(slug))
                .post("/api/v1/events");
    }

    @Test
    void editorCreatesAnEventThatIsThenServed() {
        String slug = newSlug();
        create(slug).then().statusCode(201)
                .header("Location", containsString("/api/v1/events/" + slug))
                .header("ETag", notNullValue())
                .body("slug", equalTo(slug))
                .body("title.sr", equalTo("Testni sastanak"));
        given().get("/api/v1/events/" + slug + "?lang=sr").then().statusCode(200)
                .body("title", equalTo("Testni sastanak"))
                .body("summary", containsString("customs stamps"))
                .body("actors.slug", hasItem("hashim-thaci"))
                .body("actors.role", hasItems("PARTICIPANT", "MEDIATOR"));
        given().get("/api/v1/events?q=cadastre&from=2014-05-01&to=2014-05-31").then()
                .body("items.slug", hasItem(slug));
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = newSlug();
        create(slug).then().statusCode(201);
        create(slug).then().statusCode(409).contentType(containsString("application/problem+json"));
    }

    @Test
    void writesNeedAValidEditorToken() {
        String slug = newSlug();
        given().contentType(ContentType.JSON).body(body(slug)).post("/api/v1/events").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.expiredEditor()).contentType(ContentType.JSON).body(body(slug))
                .post("/api/v1/events").then().statusCode(401);
        given().auth().oauth2(TestTokens.foreignEditor()).contentType(ContentType.JSON).body(body(slug))
                .post("/api/v1/events").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").contentType(ContentType.JSON).body(body(slug))
                .post("/api/v1/events").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(body(slug))
                .post("/api/v1/events").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        given().get("/api/v1/events/" + slug).then().statusCode(404);
    }

    @Test
    void everyInvalidFieldIsListed() {
        String bad = """
                {"slug": "Bad Slug", "date": null, "datePrecision": "DAY",
                 "title": {"sr": "bez engleskog"}, "summary": {"en": ""},
                 "category": "NEGOTIATION", "tags": ["Not OK"],
                 "sources": [{"title": "", "url": "ftp://x"}]}
                """;
        Response r = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/events");
        r.then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("slug", "date", "summary.en", "tags[0]", "sources[0].title", "sources[0].url"));
    }

    @Test
    void rulesBeyondFieldsAreChecked() {
        String slug = newSlug();
        String noEnglish = body(slug).replace("\"title\": {\"en\": \"Test meeting in Brussels\", \"sr\": \"Testni sastanak\"}",
                "\"title\": {\"sr\": \"Testni sastanak\"}");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(noEnglish).post("/api/v1/events")
                .then().statusCode(422).body("errors.field", hasItem("title"));
        String future = body(slug).replace("\"date\": \"2014-05-01\"", "\"date\": \"2199-01-01\"");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(future).post("/api/v1/events")
                .then().statusCode(422).body("errors.field", hasItem("date"));
        String monthNotFirst = body(slug).replace("\"datePrecision\": \"DAY\"", "\"datePrecision\": \"MONTH\"")
                .replace("\"date\": \"2014-05-01\"", "\"date\": \"2014-05-17\"");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(monthNotFirst).post("/api/v1/events")
                .then().statusCode(422).body("errors.field", hasItem("date"));
        String unknownActor = body(slug).replace("{\"slug\": \"hashim-thaci\", \"role\": \"PARTICIPANT\"}",
                "{\"slug\": \"nobody-known\", \"role\": \"PARTICIPANT\"}");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(unknownActor).post("/api/v1/events")
                .then().statusCode(422).body("errors.field", hasItem("actors[0]"));
    }

    @Test
    void malformedBodiesAre400Or415() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("{not json")
                .post("/api/v1/events").then().statusCode(400).contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(body(newSlug()).replace("\"NEGOTIATION\"", "\"PARTY\""))
                .post("/api/v1/events").then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(body(newSlug()).replace("\"2014-05-01\"", "\"May 2014\""))
                .post("/api/v1/events").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/events").then().statusCode(415).contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("[]")
                .post("/api/v1/events").then().statusCode(400);
    }

    @Test
    void etagAnswers304AndWritesNeedTheCurrentVersion() {
        String slug = newSlug();
        String etag = create(slug).then().statusCode(201).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/events/" + slug).then().statusCode(304);
        String replaced = body(slug).replace("Test meeting in Brussels", "Renamed meeting");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(replaced)
                .put("/api/v1/events/" + slug).then().statusCode(428);
        String newTag = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(replaced).put("/api/v1/events/" + slug).then().statusCode(200)
                .body("title.en", equalTo("Renamed meeting")).extract().header("ETag");
        assertNotEquals(etag, newTag);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(replaced).put("/api/v1/events/" + slug).then().statusCode(412)
                .contentType(containsString("application/problem+json"));
        given().header("If-None-Match", etag).get("/api/v1/events/" + slug).then().statusCode(200);
        String other = body(slug.replace("test-event", "other-event"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", newTag)
                .body(other).put("/api/v1/events/" + slug).then().statusCode(422).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String slug = newSlug();
        String etag = create(slug).then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body("{\"tags\": [\"patched\"], \"title\": {\"mk\": \"Тест\"}, \"places\": null}")
                .patch("/api/v1/events/" + slug).then().statusCode(200)
                .body("tags", equalTo(List.of("patched")))
                .body("title.en", equalTo("Test meeting in Brussels"))
                .body("title.mk", equalTo("Тест"))
                .body("places", equalTo(List.of()))
                .body("summary.en", containsString("customs"));
        String tag2 = given().get("/api/v1/events/" + slug).header("ETag");
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag2)
                .body("{\"date\": \"not a date\"}").patch("/api/v1/events/" + slug).then().statusCode(400);
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag2)
                .body("{\"sources\": []}").patch("/api/v1/events/" + slug).then().statusCode(422)
                .body("errors.field", hasItem("sources"));
        given().get("/api/v1/events/" + slug).then().body("tags", equalTo(List.of("patched")));
    }

    @Test
    void deletionLeavesATombstoneInTheChangesFeed() {
        Instant before = Instant.now().minusSeconds(1);
        String slug = newSlug();
        String etag = create(slug).then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).delete("/api/v1/events/" + slug).then().statusCode(428);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"999\"").delete("/api/v1/events/" + slug)
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.reader()).header("If-Match", etag).delete("/api/v1/events/" + slug)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).delete("/api/v1/events/" + slug)
                .then().statusCode(204);
        given().get("/api/v1/events/" + slug).then().statusCode(404);
        Response feed = given().queryParam("since", before.toString()).queryParam("limit", 500).get("/api/v1/events/changes");
        feed.then().statusCode(200);
        List<String> kinds = feed.jsonPath().getList("items.findAll { it.slug == '" + slug + "' }.change");
        assertEquals(List.of("UPSERT", "DELETE").size(), kinds.size() >= 1 ? 2 : 0, "expected upsert then delete, got " + kinds);
        assertEquals("DELETE", kinds.get(kinds.size() - 1));
    }

    @Test
    void changesFeedAndUpdatedSinceSeeNewWritesOnly() {
        String since = Instant.now().minusMillis(500).toString();
        String slug = newSlug();
        create(slug).then().statusCode(201);
        given().queryParam("updatedSince", since).get("/api/v1/events?limit=500").then().statusCode(200)
                .body("items.slug", hasItem(slug))
                .body("items.size()", greaterThan(0));
        given().queryParam("updatedSince", Instant.now().plusSeconds(60).toString()).get("/api/v1/events").then()
                .body("items.size()", equalTo(0));
        Response first = given().queryParam("limit", 3).get("/api/v1/events/changes");
        first.then().statusCode(200).body("items.size()", equalTo(3)).body("nextCursor", notNullValue());
        given().queryParam("cursor", first.jsonPath().getString("nextCursor")).queryParam("limit", 3)
                .get("/api/v1/events/changes").then().statusCode(200)
                .body("items[0].slug", not(equalTo(first.jsonPath().getString("items[2].slug"))));
    }
}
