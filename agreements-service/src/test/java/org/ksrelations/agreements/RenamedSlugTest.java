package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.seed.SeedLoader;
import org.ksrelations.testing.RenamedSlugTests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A seeded agreement whose slug changed (its seed record lists the old one in {@code formerSlugs}) is renamed in place
 * by the seed pass, provisions and milestones with it; the old slug stays as an alias: reads of the agreement and of
 * its sub-resources answer 301, writes 308, with the new URL (query string kept); the changes feed reports the rename
 * ({@link RenamedSlugTests}). The tests start from a database as the previous release left it: the row under its old
 * slug.
 */
@QuarkusTest
class RenamedSlugTest extends RenamedSlugTests {

    /** The old slug is named by a day the record does not have; the record says February 2007 (MONTH). */
    RenamedSlugTest() {
        super("agreement", "2007-03-26-ahtisaari-plan", "2007-02-ahtisaari-plan", "proposedOn", "2007-02-01",
                () -> CDI.current().select(SeedLoader.class).get().load());
    }

    @Override
    protected Object newRecordUnderTheOldSlug() {
        return Fixtures.agreement(oldSlug);
    }

    @Test
    void readsOfTheOldSlugAndItsSubResourcesAnswer301WithTheNewUrlAndTheirQueryString() throws Exception {
        underTheOldSlug();
        int provisions = given().get("/api/v1/agreements/" + oldSlug + "/provisions").then().statusCode(200)
                .extract().path("items.size()");
        long version = version(oldSlug);

        seedPass();

        assertEquals(version + 1, version(newSlug), "same row, its version bumped by the rename");
        given().redirects().follow(false).get("/api/v1/agreements/" + oldSlug).then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + newSlug));
        given().redirects().follow(false).get("/api/v1/agreements/" + oldSlug + "?lang=all").then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + newSlug + "?lang=all"));
        given().redirects().follow(false).head("/api/v1/agreements/" + oldSlug).then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + newSlug));
        given().redirects().follow(false).urlEncodingEnabled(false)
                .get("/api/v1/agreements/" + oldSlug + "/milestones?fields=id,date").then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + newSlug + "/milestones?fields=id,date"));
        given().redirects().follow(false).get("/api/v1/agreements/" + oldSlug + "/provisions?format=csv").then()
                .statusCode(301).header("Location", endsWith("/api/v1/agreements/" + newSlug + "/provisions?format=csv"));
        // a client that follows them gets the same record, provisions included
        given().get("/api/v1/agreements/" + oldSlug).then().statusCode(200).body("slug", equalTo(newSlug));
        given().get("/api/v1/agreements/" + oldSlug + "/provisions").then().statusCode(200)
                .body("items.size()", equalTo(provisions));
    }

    @Override
    protected String below() {
        return "/milestones/2007-02-02-proposed-1";
    }
}
