package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.ksrelations.agreements.seed.SeedLoader;
import org.ksrelations.testing.SeedRetirements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Issue 18: the corrections of the curated agreements, and how a record removed from the seed leaves the service. */
@QuarkusTest
class DataCorrectionsTest {

    @Inject
    SeedLoader seed;

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
        SeedRetirements.onlyTheSeededRecordIsRetired("agreement", "2013-04-19-brussels-agreement",
                Fixtures.uniqueSlug("retired"), Fixtures.uniqueSlug("kept"),
                slug -> Fixtures.create(Fixtures.agreement(slug)), seed::load);
    }
}
