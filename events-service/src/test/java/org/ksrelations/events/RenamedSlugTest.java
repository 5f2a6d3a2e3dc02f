package org.ksrelations.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ksrelations.events.seed.SeedLoader;
import org.ksrelations.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A seeded event whose slug changed (its seed record lists the old one in {@code formerSlugs}) is renamed in place by
 * the seed pass; the old slug stays as an alias: reads answer 301, writes 308, with the new URL; the changes feed
 * reports the rename. The tests start from a database as the previous release left it: the row under its old slug.
 */
@QuarkusTest
class RenamedSlugTest {

    static final String OLD = "2010-07-01-icj-advisory-opinion-declaration-did-not-violate-international-law";
    static final String NEW = "2010-07-22-icj-advisory-opinion-declaration-did-not-violate-international-law";

    @Inject
    SeedLoader seed;

    @Inject
    EntityManager em;

    /** The row as the release before the rename left it: under its old slug, no alias. */
    void underTheOldSlug(String origin) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from slug_alias where resource = 'event' and old_slug = ?1")
                    .setParameter(1, OLD).executeUpdate();
            em.createNativeQuery("update event set slug = ?1, origin = ?2 where slug = ?3")
                    .setParameter(1, OLD).setParameter(2, origin).setParameter(3, NEW).executeUpdate();
        });
    }

    long version(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from event where slug = ?1").setParameter(1, slug).getSingleResult()).longValue());
    }

    long aliases() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from slug_alias where resource = 'event' and old_slug = ?1")
                .setParameter(1, OLD).getSingleResult()).longValue());
    }

    /** Back to the seed's record under its new slug, whatever a test left. */
    @AfterEach
    void restore() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update event set origin = 'SEED', seed_hash = 'stale' where slug in (?1, ?2)")
                .setParameter(1, OLD).setParameter(2, NEW).executeUpdate());
        seed.load();
        given().get("/api/v1/events/" + NEW).then().statusCode(200);
    }

    @Test
    void theSeedPassRenamesTheRowInPlaceAndTheOldSlugAnswers301WithTheNewUrl() throws Exception {
        underTheOldSlug("SEED");
        String before = given().get("/api/v1/events/" + OLD).then().statusCode(200).extract().path("title");
        long version = version(OLD);

        seed.load();

        assertEquals(version + 1, version(NEW), "same row, its version bumped by the rename");
        given().redirects().follow(false).get("/api/v1/events/" + OLD).then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/events/" + NEW));
        given().redirects().follow(false).get("/api/v1/events/" + OLD + "?lang=mk").then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/events/" + NEW + "?lang=mk"));
        given().redirects().follow(false).head("/api/v1/events/" + OLD).then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/events/" + NEW));
        // a client that follows it gets the record
        given().get("/api/v1/events/" + OLD).then().statusCode(200)
                .body("slug", equalTo(NEW)).body("title", equalTo(before));
    }

    @Test
    void theNewSlugAnswersTheSameRecordWithItsEtagAndConditionalReads() throws Exception {
        underTheOldSlug("SEED");
        seed.load();
        Response r = given().get("/api/v1/events/" + NEW);
        r.then().statusCode(200).body("slug", equalTo(NEW)).body("date", equalTo("2010-07-22"));
        String etag = r.header("ETag");
        assertEquals("\"" + version(NEW) + "\"", etag);
        given().header("If-None-Match", etag).get("/api/v1/events/" + NEW).then().statusCode(304);
    }

    @Test
    void writesToAnOldSlugAnswer308AndUnknownSlugsStay404() throws Exception {
        underTheOldSlug("SEED");
        seed.load();
        String etag = "\"" + version(NEW) + "\"";
        given().redirects().follow(false).auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"tags\": [\"icj\"]}")
                .patch("/api/v1/events/" + OLD).then()
                .statusCode(308)
                .header("Location", endsWith("/api/v1/events/" + NEW));
        given().redirects().follow(false).auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .delete("/api/v1/events/" + OLD).then()
                .statusCode(308)
                .header("Location", endsWith("/api/v1/events/" + NEW));
        given().get("/api/v1/events/" + NEW).then().statusCode(200).header("ETag", etag); // nothing was written
        given().redirects().follow(false).get("/api/v1/events/2010-07-02-no-such-opinion").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void theChangesFeedReportsTheRenameAsItsOwnEntry() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        underTheOldSlug("SEED");
        seed.load();
        given().queryParam("since", since).queryParam("limit", 500).get("/api/v1/events/changes").then()
                .statusCode(200)
                .body("items.find { it.change == 'RENAME' }.slug", equalTo(NEW))
                .body("items.find { it.change == 'RENAME' }.formerSlug", equalTo(OLD))
                .body("items.find { it.change == 'RENAME' }.event", equalTo(null))
                .body("items.findAll { it.change == 'UPSERT' }.slug", hasItem(NEW));
    }

    @Test
    void aSecondSeedPassDoesNotRenameTwiceAndKeepsAnEditorsChange() throws Exception {
        underTheOldSlug("SEED");
        // an editor changed the record under its old slug before the upgrade
        String etag = given().get("/api/v1/events/" + OLD).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"tags\": [\"edited-by-an-editor\"]}")
                .patch("/api/v1/events/" + OLD).then().statusCode(200);

        seed.load();
        long version = version(NEW);
        seed.load();

        assertEquals(version, version(NEW), "the second pass changed nothing");
        assertEquals(1, aliases());
        given().get("/api/v1/events/" + NEW).then().statusCode(200)
                .body("tags", equalTo(java.util.List.of("edited-by-an-editor")));
        given().redirects().follow(false).get("/api/v1/events/" + OLD).then().statusCode(301);
    }

    @Test
    void aNewRecordCannotTakeTheOldSlugOfALiveOne() throws Exception {
        underTheOldSlug("SEED");
        seed.load();
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"slug\":\"" + OLD + "\",\"date\":\"2010-07-01\",\"datePrecision\":\"DAY\","
                        + "\"title\":{\"en\":\"t\"},\"summary\":{\"en\":\"s\"},\"category\":\"LEGAL\","
                        + "\"sources\":[{\"title\":\"x\"}]}")
                .post("/api/v1/events").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("event slug '" + OLD + "' is the former slug of '" + NEW + "'"));
        given().redirects().follow(false).get("/api/v1/events/" + OLD).then().statusCode(301);
    }
}
