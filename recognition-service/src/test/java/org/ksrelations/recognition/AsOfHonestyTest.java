package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Facts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 18, step 4: an as-of answer says which acts it could not place in time (undated) and for which states, and
 * counts UN members apart from the other entities (Taiwan, the Order of Malta, ...); its items carry unMember.
 */
@QuarkusTest
class AsOfHonestyTest {

    @Test
    void atTheEndOf2008FiftyFiveEntitiesRecogniseOfWhichFiftyThreeAreUnMembers() {
        Facts.at("/api/v1/recognitions/as-of/2008-12-31", """
                {"counts.RECOGNIZES": 55, "unMemberCounts.RECOGNIZES": 53}
                """).body("items.findAll { it.stance == 'RECOGNIZES' && !it.unMember }.code",
                        containsInAnyOrder("TW", "smom"));
    }

    @Test
    void theAnswerNamesTheStatesWhoseUndatedActsItCouldNotPlace() {
        Facts.at("/api/v1/recognitions/as-of/2008-12-31", """
                {"undatedActs": 6}
                """).body("undatedStates", containsInAnyOrder("GN", "JM", "KN", "ST", "TO", "YE"));
    }

    @Test
    void filtersNarrowTheUndatedReportToTheListedStates() {
        Facts.at("/api/v1/recognitions/as-of/2008-12-31?region=EUROPE", """
                {"undatedActs": 0}
                """);
    }

    @Test
    void everyItemSaysWhetherTheStateIsAUnMemberAlsoInCsv() {
        Facts.at("/api/v1/recognitions/as-of/2020", """
                {"items.find { it.code == 'TW' }.unMember": false, "items.find { it.code == 'DE' }.unMember": true}
                """).body("items.unMember", everyItem(org.hamcrest.Matchers.isA(Boolean.class)));
        given().accept("text/csv").queryParam("fields", "code,unMember")
                .get("/api/v1/recognitions/as-of/2020").then().statusCode(200)
                .body(containsString("DE,true"));
    }

    @Test
    void anUnknownFieldOrADateThatIsNotOneIsA400Problem() {
        given().queryParam("fields", "code,nope").get("/api/v1/recognitions/as-of/2020").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().get("/api/v1/recognitions/as-of/2020-13-40").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }
}
