package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Facts;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** The curated seed, checked against what the source documents say. */
@QuarkusTest
class SeededFactsTest {

    static final List<String> CANONICAL = List.of("1999-06-10-unscr-1244", "2001-05-15-constitutional-framework",
            "2007-02-ahtisaari-plan", "2010-09-09-unga-resolution-64-298", "freedom-of-movement",
            "civil-registry-books", "customs-stamps", "cadastre",
            "university-diplomas", "integrated-border-management", "2012-12-liaison-officers",
            "2013-04-19-brussels-agreement", "2013-08-07-border-crossings", "2013-09-09-telecommunications-and-energy",
            "2015-08-26-brussels-agreements", "2020-01-20-flights-agreement", "2020-09-04-washington-agreement",
            "2023-02-27-path-to-normalisation");

    @Test
    void theBrusselsAgreementOf2013IsRatifiedWithAKosovoAssemblyMilestoneOn28June2013() {
        Facts.at("/api/v1/agreements/2013-04-19-brussels-agreement", """
                {"status": "RATIFIED", "kind": "BILATERAL_AGREEMENT", "facilitator": "EU", "process": "EU_DIALOGUE",
                 "stage": "FRAMEWORK_COMPREHENSIVE", "parties": ["serbia", "kosovo"],
                 "signatories.name": ["Ivica Dačić", "Hashim Thaçi"], "concludedOn": "2013-04-19",
                 "milestones.find { it.type == 'RATIFIED' }.date": "2013-06-28",
                 "milestones.find { it.type == 'RATIFIED' }.id": "2013-06-28-ratified-1"}
                """).body("milestones.find { it.type == 'RATIFIED' }.description", containsString("Assembly of Kosovo"));
    }

    @Test
    void theBrusselsAgreementHasSevenProvisionsAndTheCommunityOfSerbMunicipalitiesIsNotImplemented() {
        Facts.at("/api/v1/agreements/2013-04-19-brussels-agreement/provisions", """
                {"items.number": ["1", "2", "3", "4", "5", "6", "7"],
                 "items.find { it.number == '5' }.topic": "Community of Serb Municipalities",
                 "items.find { it.number == '5' }.implementationStatus": "NOT_IMPLEMENTED",
                 "items.find { it.number == '2' }.topic": "Police in the north"}
                """).body("items", hasSize(7));
    }

    @Test
    void theWashingtonAgreementWasSignedOn4September2020UnderUsMediation() {
        Facts.at("/api/v1/agreements/2020-09-04-washington-agreement", """
                {"status": "SIGNED", "facilitator": "US", "process": "US_MEDIATED", "date": "2020-09-04",
                 "signatories.name": ["Aleksandar Vučić", "Avdullah Hoti"], "milestones[0].type": "SIGNED"}
                """).body("provisions", hasSize(8));
    }

    @Test
    void resolution1244IsAUnResolutionInImplementationSince10June1999() {
        Facts.at("/api/v1/agreements/1999-06-10-unscr-1244", """
                {"kind": "UN_RESOLUTION", "status": "IN_IMPLEMENTATION", "facilitator": "UN",
                 "milestones[0].date": "1999-06-10"}
                """).body("milestones.type", hasItems("ADOPTED", "IMPLEMENTATION_BEGAN"));
    }

    @Test
    void theAhtisaariPlanWasRejectedAfterAProposalInFebruary2007() {
        Facts.at("/api/v1/agreements/2007-02-ahtisaari-plan", """
                {"status": "REJECTED", "kind": "PEACE_PLAN", "proposedOn": "2007-02-01", "proposedOnPrecision": "MONTH",
                 "concludedOn": null, "milestones.find { it.type == 'REJECTED' }.date": "2007-07-20"}
                """);
    }

    @Test
    void technicalAgreementsWithoutDatesAreServedWithNullDatesAndUndatedMilestones() {
        Facts.at("/api/v1/agreements/freedom-of-movement", """
                {"date": null, "proposedOn": null, "status": "AGREED_IN_PRINCIPLE",
                 "milestones[0].id": "undated-agreed-in-principle-1", "milestones[0].date": null,
                 "milestones[0].datePrecision": null}
                """).body("milestones", hasSize(1));
    }

    @Test
    void everyCanonicalAgreementSlugExists() {
        List<String> slugs = given().when().get("/api/v1/agreements?limit=500&fields=slug").then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
        for (String s : CANONICAL) {
            org.junit.jupiter.api.Assertions.assertTrue(slugs.contains(s), s);
        }
    }

    @Test
    void macedonianTitlesComeFromTheMacedonianDocument() {
        Facts.at("/api/v1/agreements/1999-06-10-unscr-1244?lang=mk", """
                {"title": "Резолуција 1244 на Советот за безбедност на ОН", "lang": "mk"}
                """);
    }

    @Test
    void everySeededMilestoneHasASource() {
        given().when().get("/api/v1/agreements/milestones?limit=500").then().statusCode(200)
                .body("items.findAll { it.sources.size() == 0 }", hasSize(0))
                .body("items.agreement", hasItem("2013-04-19-brussels-agreement"));
    }
}
