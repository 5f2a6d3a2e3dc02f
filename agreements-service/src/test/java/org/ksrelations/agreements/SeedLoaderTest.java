package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.seed.SeedLoader;
import org.ksrelations.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seed loads idempotently and never overwrites or resurrects an editor's work. */
@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader seed;

    @Test
    void theCuratedSeedPassesEveryRule() throws Exception {
        assertEquals(26, seed.read().size());
    }

    @Test
    void reloadingChangesNothingAndKeepsEditsAndDeletions() throws Exception {
        // an edit to one seeded agreement and the deletion of another (neither is used by other tests)
        String edited = "2015-08-26-brussels-agreements";
        String etag = Fixtures.etag(edited);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"tags\": [\"edited-by-test\"]}").when().patch("/api/v1/agreements/" + edited)
                .then().statusCode(200);
        String deleted = "2008-01-22-pace-resolution-kosovo-talks";
        given().auth().oauth2(TestTokens.editor()).header("If-Match", Fixtures.etag(deleted)).when()
                .delete("/api/v1/agreements/" + deleted).then().statusCode(204);

        SeedLoader.Result r = seed.load();
        assertEquals(26, r.read());
        assertEquals(0, r.inserted());
        assertEquals(0, r.updated());
        assertEquals(26, r.kept());
        given().when().get("/api/v1/agreements/" + edited).then().statusCode(200).body("tags", contains("edited-by-test"));
        given().when().get("/api/v1/agreements/" + deleted).then().statusCode(404);
        given().contentType(ContentType.JSON).when().get("/api/v1/agreements/changes?since=2000-01-01T00:00:00Z&limit=500")
                .then().statusCode(200).body("items.find { it.slug == '" + deleted + "' }.change", equalTo("DELETE"));
    }
}
