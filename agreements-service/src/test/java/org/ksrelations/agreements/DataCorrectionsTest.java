package org.ksrelations.agreements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.seed.SeedLoader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Issue 18: the corrections of the curated agreements, and how a record removed from the seed leaves the service. */
@QuarkusTest
class DataCorrectionsTest {

    @Inject
    SeedLoader seed;

    @Inject
    EntityManager em;

    @Test
    void theOhridAnnexThatNoDocumentSupportsIsNotServed() {
        given().get("/api/v1/agreements/2023-03-18-ohrid-implementation-annex").then().statusCode(404);
        given().get("/api/v1/agreements?kind=ANNEX&limit=500").then().statusCode(200)
                .body("items.slug", not(hasItem("2023-03-18-ohrid-implementation-annex")));
    }

    @Test
    void theBorderAgreementIsAgreedNotInImplementationSinceTheTextOnlySaysWhenItWouldStart() {
        given().get("/api/v1/agreements/integrated-border-management").then().statusCode(200)
                .body("status", equalTo("AGREED_IN_PRINCIPLE"))
                .body("milestones.type", not(hasItem("IMPLEMENTATION_BEGAN")))
                .body("milestones.find { it.date == '2012-12-10' }.type", equalTo("OTHER"));
    }

    @Test
    void aSeededAgreementNoLongerInTheSeedFilesIsRemovedWithATombstoneButAnEditedOneStays() throws Exception {
        String since = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1).toString();
        String retired = Fixtures.uniqueSlug("retired");
        String edited = Fixtures.uniqueSlug("kept");
        Fixtures.create(Fixtures.agreement(retired));
        Fixtures.create(Fixtures.agreement(edited));
        // as if the first had come from an earlier seed file; the second stays an editor's record
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update agreement set origin = 'SEED', seed_hash = 'old' where slug = ?1")
                .setParameter(1, retired).executeUpdate());

        seed.load();

        given().get("/api/v1/agreements/" + retired).then().statusCode(404);
        given().get("/api/v1/agreements/" + edited).then().statusCode(200);
        given().get("/api/v1/agreements/2013-04-19-brussels-agreement").then().statusCode(200);
        given().queryParam("since", since).queryParam("limit", 500)
                .get("/api/v1/agreements/changes").then().statusCode(200)
                .body("items.find { it.slug == '" + retired + "' }.change", equalTo("DELETE"));
    }
}
