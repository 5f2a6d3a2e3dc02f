package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Csv;
import org.ksrelations.testing.Problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Issue 18: every dated act says where its date comes from; undated acts have no basis; the list filters by it. */
@QuarkusTest
class DateBasisTest {

    @Test
    void datesTakenFromAReportAreCitationDatesAndUndatedActsHaveNoBasis() {
        given().get("/api/v1/recognitions?dateBasis=CITATION_DATE&limit=500").then().statusCode(200)
                .body("items.state", containsInAnyOrder("JM", "NG", "UG"))
                .body("items.find { it.state == 'JM' }.dateNote", containsString("orainfo.net"));
        given().get("/api/v1/recognitions?state=GN").then().statusCode(200)
                .body("items[0].date", nullValue())
                .body("items[0].dateBasis", nullValue());
        given().get("/api/v1/recognitions?state=IL").then().statusCode(200)
                .body("items[0].dateBasis", equalTo("STATED"));
    }

    @Test
    void csvCarriesTheBasisAndAnUnknownBasisIsA400Problem() {
        String csv = Csv.get("/api/v1/recognitions?state=JM&fields=id,dateBasis");
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("CITATION_DATE"), csv);
        Problems.assertFieldProblem(given().get("/api/v1/recognitions?dateBasis=SURE"), 400, "dateBasis");
    }
}
