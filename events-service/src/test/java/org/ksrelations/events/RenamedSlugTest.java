package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;
import org.ksrelations.events.seed.SeedLoader;
import org.ksrelations.testing.RenamedSlugTests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A seeded event whose slug changed (its seed record lists the old one in {@code formerSlugs}) is renamed in place by
 * the seed pass; the old slug stays as an alias: reads answer 301, writes 308, with the new URL; the changes feed
 * reports the rename ({@link RenamedSlugTests}). The tests start from a database as the previous release left it: the
 * row under its old slug.
 */
@QuarkusTest
class RenamedSlugTest extends RenamedSlugTests {

    RenamedSlugTest() {
        super("event", "2010-07-01-icj-advisory-opinion-declaration-did-not-violate-international-law",
                "2010-07-22-icj-advisory-opinion-declaration-did-not-violate-international-law", "date", "2010-07-22",
                () -> CDI.current().select(SeedLoader.class).get().load());
    }

    @Override
    protected Object newRecordUnderTheOldSlug() {
        return "{\"slug\":\"" + oldSlug + "\",\"date\":\"2010-07-01\",\"datePrecision\":\"DAY\","
                + "\"title\":{\"en\":\"t\"},\"summary\":{\"en\":\"s\"},\"category\":\"LEGAL\","
                + "\"sources\":[{\"title\":\"x\"}]}";
    }

    @Test
    void theSeedPassRenamesTheRowInPlaceAndTheOldSlugAnswers301WithTheNewUrl() throws Exception {
        underTheOldSlug();
        String before = given().get("/api/v1/events/" + oldSlug).then().statusCode(200).extract().path("title");
        long version = version(oldSlug);

        seedPass();

        assertEquals(version + 1, version(newSlug), "same row, its version bumped by the rename");
        given().redirects().follow(false).get("/api/v1/events/" + oldSlug).then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/events/" + newSlug));
        given().redirects().follow(false).get("/api/v1/events/" + oldSlug + "?lang=mk").then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/events/" + newSlug + "?lang=mk"));
        given().redirects().follow(false).head("/api/v1/events/" + oldSlug).then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/events/" + newSlug));
        // a client that follows it gets the record
        given().get("/api/v1/events/" + oldSlug).then().statusCode(200)
                .body("slug", equalTo(newSlug)).body("title", equalTo(before));
    }
}
