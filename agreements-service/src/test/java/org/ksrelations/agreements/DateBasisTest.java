package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Csv;
import org.ksrelations.testing.Facts;
import org.ksrelations.testing.Problems;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Issue 18: agreements and their milestones say where their dates come from; the list filters by it. */
@QuarkusTest
class DateBasisTest {

    @Test
    void aMilestoneWhoseYearIsReadFromTheContextIsInferredWithItsNote() {
        Facts.at("/api/v1/agreements/2007-02-ahtisaari-plan", """
                {"dateBasis": "STATED", "milestones.find { it.date == '2007-04-03' }.dateBasis": "INFERRED"}
                """).body("milestones.find { it.date == '2007-04-03' }.dateNote", containsString("without a year"));
        given().get("/api/v1/agreements/milestones?from=2007-04-03&to=2007-04-03").then().statusCode(200)
                .body("items.dateBasis", hasItem("INFERRED"));
    }

    @Test
    void theListFiltersByTheBasisOfTheMainDateAndCsvCarriesIt() {
        Facts.everyItemHas("/api/v1/agreements?dateBasis=STATED&limit=500", "dateBasis", "STATED")
                .body("items.slug", hasItems("2013-04-19-brussels-agreement"));
        given().get("/api/v1/agreements?dateBasis=INFERRED&includeTotal=true").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Csv.startingWith("/api/v1/agreements?fields=slug,dateBasis&limit=3", "slug,dateBasis");
    }

    @Test
    void anUnknownBasisIsA400Problem() {
        Problems.assertFieldProblem(given().get("/api/v1/agreements?dateBasis=42"), 400, "dateBasis");
    }

    @Test
    void anInferredMilestoneWithoutANoteIsRefused() {
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("basis"));
        Map<String, Object> m = Fixtures.milestone("2013-06-28", "DAY", "OTHER");
        m.put("dateBasis", "INFERRED");
        a.put("milestones", List.of(m));
        Problems.assertFieldProblem(Fixtures.post(a), 422, "milestones[0].dateNote");
    }
}
