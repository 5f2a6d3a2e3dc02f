package org.ksrelations.events;

import org.ksrelations.kit.dates.DateBasis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Csv;
import org.ksrelations.testing.Facts;
import org.ksrelations.testing.Problems;
import org.ksrelations.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** Issue 18: every event says where its date comes from, in JSON, CSV and the contract, and can be filtered by it. */
@QuarkusTest
class DateBasisTest {

    @Test
    void aDateTakenFromTheCitationSaysSoAndAStatedOneToo() {
        given().get("/api/v1/events/2008-03-10-tadic-says-government-fell-over-eu-integration").then().statusCode(200)
                .body("dateBasis", equalTo("CITATION_DATE"))
                .body("dateNote", containsString("B92"));
        given().get("/api/v1/events/2008-02-17-kosovo-declares-independence").then().statusCode(200)
                .body("dateBasis", equalTo("STATED"));
    }

    @Test
    void filteringByBasisGivesTheInferredDatesEachWithItsNote() {
        Facts.everyItemHas("/api/v1/events?dateBasis=INFERRED&limit=500&includeTotal=true", "dateBasis", "INFERRED")
                .body("totalItems", equalTo(7))
                .body("items.dateNote", everyItem(notNullValue()))
                .body("items.slug", hasItems("2015-01-01-serbia-opposes-kosovo-unesco-membership-bid",
                        "2018-11-01-kosovo-third-interpol-bid-fails"));
        given().get("/api/v1/events?dateBasis=citation_date,INFERRED&limit=500&includeTotal=true").then()
                .statusCode(200).body("totalItems", equalTo(11));
    }

    @Test
    void csvCarriesTheBasis() {
        String csv = Csv.startingWith("/api/v1/events?dateBasis=CITATION_DATE&fields=slug,dateBasis", "slug,dateBasis");
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("CITATION_DATE"), csv);
    }

    @Test
    void anUnknownBasisIsA400Problem() {
        Problems.assertFieldProblem(given().get("/api/v1/events?dateBasis=GUESSED"), 400, "dateBasis");
    }

    @Test
    void anInferredDateWithoutANoteIsRefused() {
        Problems.assertFieldProblem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"slug\":\"inferred-no-note\",\"date\":\"2001-01-01\",\"datePrecision\":\"YEAR\","
                        + "\"dateBasis\":\"INFERRED\",\"title\":{\"en\":\"t\"},\"summary\":{\"en\":\"s\"},"
                        + "\"category\":\"DIPLOMACY\",\"sources\":[{\"title\":\"x\"}]}")
                .post("/api/v1/events"), 422, "dateNote");
    }

    @Test
    void theContractNamesTheEnum() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.DateBasis.enum", hasItems("STATED", "CITATION_DATE", "INFERRED"))
                .body("components.schemas.Event.properties.dateBasis", notNullValue());
    }
}
