package org.ksrelations.agreements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.seed.SeedLoader;
import org.ksrelations.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A seeded agreement whose slug changed (its seed record lists the old one in {@code formerSlugs}) is renamed in place
 * by the seed pass, provisions and milestones with it; the old slug stays as an alias: reads of the agreement and of
 * its sub-resources answer 301, writes 308, with the new URL (query string kept); the changes feed reports the rename.
 * The tests start from a database as the previous release left it: the row under its old slug.
 */
@QuarkusTest
class RenamedSlugTest {

    /** Named by a day the record does not have; the record says February 2007 (MONTH). */
    static final String OLD = "2007-03-26-ahtisaari-plan";
    static final String NEW = "2007-02-ahtisaari-plan";

    @Inject
    SeedLoader seed;

    @Inject
    EntityManager em;

    void underTheOldSlug() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from slug_alias where resource = 'agreement' and old_slug = ?1")
                    .setParameter(1, OLD).executeUpdate();
            em.createNativeQuery("update agreement set slug = ?1 where slug = ?2")
                    .setParameter(1, OLD).setParameter(2, NEW).executeUpdate();
        });
    }

    long version(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from agreement where slug = ?1").setParameter(1, slug).getSingleResult()).longValue());
    }

    long aliases() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from slug_alias where resource = 'agreement' and old_slug = ?1")
                .setParameter(1, OLD).getSingleResult()).longValue());
    }

    /** Back to the seed's record under its new slug, whatever a test left. */
    @AfterEach
    void restore() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update agreement set origin = 'SEED', seed_hash = 'stale' where slug in (?1, ?2)")
                .setParameter(1, OLD).setParameter(2, NEW).executeUpdate());
        seed.load();
        given().get("/api/v1/agreements/" + NEW).then().statusCode(200);
    }

    @Test
    void readsOfTheOldSlugAndItsSubResourcesAnswer301WithTheNewUrlAndTheirQueryString() throws Exception {
        underTheOldSlug();
        int provisions = given().get("/api/v1/agreements/" + OLD + "/provisions").then().statusCode(200)
                .extract().path("items.size()");
        long version = version(OLD);

        seed.load();

        assertEquals(version + 1, version(NEW), "same row, its version bumped by the rename");
        given().redirects().follow(false).get("/api/v1/agreements/" + OLD).then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + NEW));
        given().redirects().follow(false).get("/api/v1/agreements/" + OLD + "?lang=all").then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + NEW + "?lang=all"));
        given().redirects().follow(false).head("/api/v1/agreements/" + OLD).then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + NEW));
        given().redirects().follow(false).urlEncodingEnabled(false)
                .get("/api/v1/agreements/" + OLD + "/milestones?fields=id,date").then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + NEW + "/milestones?fields=id,date"));
        given().redirects().follow(false).get("/api/v1/agreements/" + OLD + "/provisions?format=csv").then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + NEW + "/provisions?format=csv"));
        // a client that follows them gets the same record, provisions included
        given().get("/api/v1/agreements/" + OLD).then().statusCode(200).body("slug", equalTo(NEW));
        given().get("/api/v1/agreements/" + OLD + "/provisions").then().statusCode(200)
                .body("items.size()", equalTo(provisions));
    }

    @Test
    void theNewSlugAnswersTheSameRecordWithItsEtagAndConditionalReads() throws Exception {
        underTheOldSlug();
        seed.load();
        Response r = given().get("/api/v1/agreements/" + NEW);
        r.then().statusCode(200).body("slug", equalTo(NEW)).body("proposedOn", equalTo("2007-02-01"));
        String etag = r.header("ETag");
        assertEquals("\"" + version(NEW) + "\"", etag);
        given().header("If-None-Match", etag).get("/api/v1/agreements/" + NEW).then().statusCode(304);
    }

    @Test
    void writesToAnOldSlugAnswer308AndUnknownSlugsStay404() throws Exception {
        underTheOldSlug();
        seed.load();
        String etag = "\"" + version(NEW) + "\"";
        given().redirects().follow(false).auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"tags\": [\"ahtisaari\"]}")
                .patch("/api/v1/agreements/" + OLD).then()
                .statusCode(308).header("Location", endsWith("/api/v1/agreements/" + NEW));
        given().redirects().follow(false).auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .delete("/api/v1/agreements/" + OLD + "/milestones/2007-02-02-proposed-1").then()
                .statusCode(308).header("Location", endsWith("/api/v1/agreements/" + NEW + "/milestones/2007-02-02-proposed-1"));
        given().get("/api/v1/agreements/" + NEW).then().statusCode(200).header("ETag", etag); // nothing was written
        given().redirects().follow(false).get("/api/v1/agreements/2007-03-27-no-such-plan").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void theChangesFeedReportsTheRenameAsItsOwnEntry() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        underTheOldSlug();
        seed.load();
        given().queryParam("since", since).queryParam("limit", 500).get("/api/v1/agreements/changes").then()
                .statusCode(200)
                .body("items.find { it.change == 'RENAME' }.slug", equalTo(NEW))
                .body("items.find { it.change == 'RENAME' }.formerSlug", equalTo(OLD))
                .body("items.find { it.change == 'RENAME' }.agreement", equalTo(null))
                .body("items.findAll { it.change == 'UPSERT' }.slug", hasItem(NEW));
    }

    @Test
    void aSecondSeedPassDoesNotRenameTwiceAndKeepsAnEditorsChange() throws Exception {
        underTheOldSlug();
        String etag = given().get("/api/v1/agreements/" + OLD).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"tags\": [\"edited-by-an-editor\"]}")
                .patch("/api/v1/agreements/" + OLD).then().statusCode(200);

        seed.load();
        long version = version(NEW);
        seed.load();

        assertEquals(version, version(NEW), "the second pass changed nothing");
        assertEquals(1, aliases());
        given().get("/api/v1/agreements/" + NEW).then().statusCode(200)
                .body("tags", equalTo(List.of("edited-by-an-editor")));
        given().redirects().follow(false).get("/api/v1/agreements/" + OLD).then().statusCode(301);
    }

    @Test
    void aNewRecordCannotTakeTheOldSlugOfALiveOne() throws Exception {
        underTheOldSlug();
        seed.load();
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(Fixtures.agreement(OLD))
                .post("/api/v1/agreements").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith("agreement slug '" + OLD + "' is the former slug of '" + NEW + "'"));
        given().redirects().follow(false).get("/api/v1/agreements/" + OLD).then().statusCode(301);
    }
}
