package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.StanceRule;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.seed.SeedLoader;
import org.ksrelations.recognition.service.StateService;
import org.ksrelations.testing.Facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The seeded data checked against the curation and the reference documents. */
@QuarkusTest
class SeedFactsTest {

    @Inject
    SeedLoader seed;

    @Inject
    StateService states;

    @Inject
    EntityManager em;

    @Test
    void stanceCountsMatchTheCuratedStatusOfTheCsv() {
        Map<String, Integer> expected = Map.of("RECOGNIZES", 102, "WITHDRAWAL_CLAIMED", 14, "DISPUTED", 7,
                "DOES_NOT_RECOGNIZE", 74);
        expected.forEach((stance, n) -> given().get("/api/v1/states?includeTotal=true&limit=1&stance=" + stance)
                .then().statusCode(200).body("totalItems", equalTo(n)));
        given().get("/api/v1/recognitions/stats?groupBy=region").then().statusCode(200)
                .body("totals.stances.RECOGNIZES", equalTo(102))
                .body("totals.stances.WITHDRAWAL_CLAIMED", equalTo(14))
                .body("totals.stances.DISPUTED", equalTo(7))
                .body("totals.stances.DOES_NOT_RECOGNIZE", equalTo(74));
    }

    @Test
    void theCheckAtStartFoundEveryDerivedStanceAsCurated() {
        SeedLoader.Check check = seed.lastCheck();
        assertNotNull(check);
        assertEquals(List.of(), check.mismatches());
        assertEquals(List.of(), check.ruleViolations());
        assertEquals(Map.of(Stance.RECOGNIZES, 102L, Stance.WITHDRAWAL_CLAIMED, 14L, Stance.DISPUTED, 7L,
                Stance.DOES_NOT_RECOGNIZE, 74L), check.counts());
    }

    @Test
    void loadingTheSeedAgainChangesNothing() throws Exception {
        SeedLoader.Result again = seed.load();
        assertEquals(197, again.read());
        assertEquals(0, again.inserted());
        assertEquals(0, again.updated());
        assertEquals(0, again.actsInserted());
        assertEquals(0, again.actsUpdated());
    }

    @Test
    @Transactional
    void theJavaRuleAndTheSqlRuleAgreeOnEveryState() {
        List<State> all = em.createQuery("SELECT DISTINCT s FROM State s LEFT JOIN FETCH s.acts", State.class).getResultList();
        assertEquals(197, all.size());
        Map<String, Stance> sql = states.stances();
        for (State s : all) {
            List<StanceRule.Step> steps = s.acts.stream().map(RecognitionAct::step).toList();
            assertEquals(StanceRule.current(steps), sql.get(s.code), "current stance of " + s.code);
        }
        for (String d : List.of("2008-02-16", "2008-02-17", "2008-12-31", "2011-01-10", "2017-11-21", "2018-01-30",
                "2018-06-01", "2020-09-04", "2021-02-01", "2030-01-01")) {
            JsonPath asOf = given().get("/api/v1/recognitions/as-of/" + d).then().statusCode(200).extract().jsonPath();
            Map<String, String> byCode = new HashMap<>();
            List<Map<String, Object>> items = asOf.getList("items");
            items.forEach(i -> byCode.put((String) i.get("code"), (String) i.get("stance")));
            for (State s : all) {
                List<StanceRule.Step> steps = s.acts.stream().map(RecognitionAct::step).toList();
                assertEquals(StanceRule.asOf(steps, LocalDate.parse(d)).name(), byCode.get(s.code),
                        "stance of " + s.code + " as of " + d);
            }
        }
    }

    @Test
    void israelRecognisedWithTheWashingtonAgreementsAndFormalisedIn2021() {
        Facts.at("/api/v1/states/IL", """
                {"name": "Israel", "iso3": "ISR", "region": "ASIA", "stance": "RECOGNIZES", "recognizedOn": "2020-09-04",
                 "acts.type": ["RECOGNITION", "RECOGNITION_FORMALISED"], "acts.date": ["2020-09-04", "2021-02-01"],
                 "acts[0].id": "il-recognition-2020-09-04"}
                """).body("acts[0].sources.publisher", hasItem("The Washington Post"));
    }

    @Test
    void guineaBissauWithdrewAndReversedItsWithdrawal() {
        Facts.at("/api/v1/states/GW", """
                {"stance": "DISPUTED", "acts.type": ["RECOGNITION", "WITHDRAWAL_CLAIMED", "WITHDRAWAL_DENIED"],
                 "acts.date": ["2011-01-10", "2017-11-21", "2018-01-30"]}
                """);
    }

    @Test
    void serbiaDoesNotRecogniseAndHasNoActs() {
        Facts.at("/api/v1/states/RS", """
                {"stance": "DOES_NOT_RECOGNIZE", "acts.size()": 0, "recognizedOn": null}
                """);
    }

    @Test
    void theOrderOfMaltaHasNoIsoCodeAndIsServedAsSmom() {
        Facts.at("/api/v1/states/smom", """
                {"code": "smom", "iso2": null, "iso3": null, "unMember": false, "acts[0].verified": false}
                """);
        given().get("/api/v1/states/SMOM").then().statusCode(200).body("code", equalTo("smom"));
    }

    @Test
    void allUnMembersAndFourOtherEntitiesAreListed() {
        given().get("/api/v1/states?unMember=true&includeTotal=true&limit=1").then().statusCode(200)
                .body("totalItems", equalTo(193));
        given().get("/api/v1/states?unMember=false&limit=500").then().statusCode(200)
                .body("items.code", contains("CK", "NU", "TW", "smom"));
    }

    @Test
    void the48UnverifiedDatesAndTheSixUndatedActsAreMarkedUnverifiedAndFilterable() {
        given().get("/api/v1/recognitions?verified=false&includeTotal=true&limit=500").then().statusCode(200)
                .body("totalItems", equalTo(54))
                .body("items.verified", everyItem(equalTo(false)));
        given().get("/api/v1/recognitions?verified=true&includeTotal=true&limit=1").then().statusCode(200)
                .body("totalItems", equalTo(95));
    }

    @Test
    void undatedActsRestingOnRecollectionOrInferenceAreNotVerified() {
        for (String code : List.of("GN", "YE", "TO", "KN", "JM", "ST")) {
            given().get("/api/v1/recognitions?state=" + code + "&limit=500").then().statusCode(200)
                    .body("items.find { it.date == null }.verified", equalTo(false));
        }
    }

    @Test
    void notesSayWhatTheDateRestsOnNotHowTheFileWasCompiled() {
        String all = given().get("/api/v1/recognitions?limit=500").then().statusCode(200).extract().asString()
                + given().get("/api/v1/states?limit=500").then().statusCode(200).extract().asString();
        for (String compiling : List.of("recalled", "in store", "in the store", "not found in a source")) {
            org.junit.jupiter.api.Assertions.assertFalse(all.contains(compiling), "a note still says '" + compiling + "'");
        }
        given().get("/api/v1/states/AD").then().statusCode(200).body("note", equalTo(
                "UNVERIFIED: date as listed in the English Wikipedia table International recognition of Kosovo; "
                        + "not confirmed by a primary source"));
    }

    @Test
    void monthAndYearPrecisionsAndUndatedActsComeFromTheNotes() {
        Facts.at("/api/v1/states/LR", """
                {"acts.datePrecision": ["DAY", "MONTH", "MONTH"], "stance": "DISPUTED"}
                """);
        Facts.at("/api/v1/states/NG", """
                {"acts[0].date": "2011-01-01", "acts[0].datePrecision": "YEAR"}
                """);
        Facts.at("/api/v1/states/JM", """
                {"stance": "DISPUTED", "acts[1].type": "RECOGNITION_CONTESTED", "acts[1].date": null,
                 "acts[1].datePrecision": null}
                """);
    }

    @Test
    void membershipsFromTheDocumentsAreServed() {
        given().get("/api/v1/memberships?includeTotal=true").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.slug", hasItem("interpol"));
        Facts.at("/api/v1/memberships/interpol", """
                {"status": "REJECTED", "events[0].type": "APPLICATION_REJECTED", "events[0].date": "2018-11-01",
                 "events[0].datePrecision": "MONTH"}
                """);
        given().get("/api/v1/memberships/unesco").then().statusCode(200).body("status", equalTo("APPLIED"));
    }
}
