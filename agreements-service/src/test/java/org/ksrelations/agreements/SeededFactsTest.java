package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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
        given().when().get("/api/v1/agreements/2013-04-19-brussels-agreement").then().statusCode(200)
                .body("status", equalTo("RATIFIED"))
                .body("kind", equalTo("BILATERAL_AGREEMENT"))
                .body("facilitator", equalTo("EU"))
                .body("process", equalTo("EU_DIALOGUE"))
                .body("stage", equalTo("FRAMEWORK_COMPREHENSIVE"))
                .body("parties", contains("serbia", "kosovo"))
                .body("signatories.name", contains("Ivica Dačić", "Hashim Thaçi"))
                .body("concludedOn", equalTo("2013-04-19"))
                .body("milestones.find { it.type == 'RATIFIED' }.date", equalTo("2013-06-28"))
                .body("milestones.find { it.type == 'RATIFIED' }.id", equalTo("2013-06-28-ratified-1"))
                .body("milestones.find { it.type == 'RATIFIED' }.description", containsString("Assembly of Kosovo"));
    }

    @Test
    void theBrusselsAgreementHasSevenProvisionsAndTheCommunityOfSerbMunicipalitiesIsNotImplemented() {
        given().when().get("/api/v1/agreements/2013-04-19-brussels-agreement/provisions").then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.number", contains("1", "2", "3", "4", "5", "6", "7"))
                .body("items.find { it.number == '5' }.topic", equalTo("Community of Serb Municipalities"))
                .body("items.find { it.number == '5' }.implementationStatus", equalTo("NOT_IMPLEMENTED"))
                .body("items.find { it.number == '2' }.topic", equalTo("Police in the north"));
    }

    @Test
    void theWashingtonAgreementWasSignedOn4September2020UnderUsMediation() {
        given().when().get("/api/v1/agreements/2020-09-04-washington-agreement").then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("facilitator", equalTo("US"))
                .body("process", equalTo("US_MEDIATED"))
                .body("date", equalTo("2020-09-04"))
                .body("signatories.name", contains("Aleksandar Vučić", "Avdullah Hoti"))
                .body("provisions", hasSize(8))
                .body("milestones[0].type", equalTo("SIGNED"));
    }

    @Test
    void resolution1244IsAUnResolutionInImplementationSince10June1999() {
        given().when().get("/api/v1/agreements/1999-06-10-unscr-1244").then().statusCode(200)
                .body("kind", equalTo("UN_RESOLUTION"))
                .body("status", equalTo("IN_IMPLEMENTATION"))
                .body("facilitator", equalTo("UN"))
                .body("milestones.type", hasItems("ADOPTED", "IMPLEMENTATION_BEGAN"))
                .body("milestones[0].date", equalTo("1999-06-10"));
    }

    @Test
    void theAhtisaariPlanWasRejectedAfterAProposalInFebruary2007() {
        given().when().get("/api/v1/agreements/2007-02-ahtisaari-plan").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("kind", equalTo("PEACE_PLAN"))
                .body("proposedOn", equalTo("2007-02-01"))
                .body("proposedOnPrecision", equalTo("MONTH"))
                .body("concludedOn", nullValue())
                .body("milestones.find { it.type == 'REJECTED' }.date", equalTo("2007-07-20"));
    }

    @Test
    void technicalAgreementsWithoutDatesAreServedWithNullDatesAndUndatedMilestones() {
        given().when().get("/api/v1/agreements/freedom-of-movement").then().statusCode(200)
                .body("date", nullValue())
                .body("proposedOn", nullValue())
                .body("status", equalTo("AGREED_IN_PRINCIPLE"))
                .body("milestones", hasSize(1))
                .body("milestones[0].id", equalTo("undated-agreed-in-principle-1"))
                .body("milestones[0].date", nullValue())
                .body("milestones[0].datePrecision", nullValue());
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
        given().when().get("/api/v1/agreements/1999-06-10-unscr-1244?lang=mk").then().statusCode(200)
                .body("title", equalTo("Резолуција 1244 на Советот за безбедност на ОН"))
                .body("lang", equalTo("mk"));
    }

    @Test
    void everySeededMilestoneHasASource() {
        given().when().get("/api/v1/agreements/milestones?limit=500").then().statusCode(200)
                .body("items.findAll { it.sources.size() == 0 }", hasSize(0))
                .body("items.agreement", hasItem("2013-04-19-brussels-agreement"));
    }
}
