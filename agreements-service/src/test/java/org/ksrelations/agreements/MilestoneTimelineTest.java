package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/agreements/milestones: the agreements' part of the gateway's timeline. */
@QuarkusTest
class MilestoneTimelineTest {

    private static final String TIMELINE = "/api/v1/agreements/milestones";

    @Test
    void itemsHaveExactlyTheShapeTheGatewayReads() {
        given().when().get(TIMELINE + "?from=2013-06-28&to=2013-06-28").then().statusCode(200)
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.keySet()",
                        containsInAnyOrder("agreement", "agreementTitle", "date", "datePrecision", "dateBasis", "dateNote", "type",
                                "description", "sources"))
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.type", equalTo("RATIFIED"))
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.date", equalTo("2013-06-28"))
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.datePrecision", equalTo("DAY"))
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.agreementTitle",
                        equalTo("First Agreement of Principles Governing the Normalisation of Relations (Brussels Agreement)"))
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.description",
                        equalTo("Ratified by the Assembly of Kosovo."))
                .body("items.find { it.agreement == '2013-04-19-brussels-agreement' }.sources[0].url", notNullValue())
                .body("keySet()", containsInAnyOrder("items", "nextCursor"));
    }

    @Test
    void langAllServesMapsAndAnotherLanguageFallsBackToEnglish() {
        given().when().get(TIMELINE + "?from=1999-06-10&to=1999-06-10&lang=all&agreement=1999-06-10-unscr-1244").then()
                .statusCode(200)
                .body("items[0].agreementTitle.en", equalTo("UN Security Council Resolution 1244 (1999)"))
                .body("items[0].description.mk", notNullValue());
        given().when().get(TIMELINE + "?from=2013-06-28&to=2013-06-28&lang=sq&agreement=2013-04-19-brussels-agreement")
                .then().statusCode(200).body("items[0].description", equalTo("Ratified by the Assembly of Kosovo."));
    }

    @Test
    void onlyDatedMilestonesInDateOrder() {
        Response r = given().when().get(TIMELINE + "?limit=500&includeTotal=true");
        r.then().statusCode(200).body("items.date", everyItem(notNullValue()));
        List<String> dates = r.jsonPath().getList("items.date", String.class);
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals(r.jsonPath().getInt("totalItems"), dates.size());
        // the six undated seed milestones are not in the timeline, but are kept on their agreements
        given().when().get("/api/v1/agreements/cadastre/milestones").then().statusCode(200)
                .body("items[0].date", equalTo(null)).body("items[0].id", equalTo("undated-proposed-1"));
        given().when().get(TIMELINE + "?agreement=cadastre").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void fromToAndTypeFilter() {
        given().when().get(TIMELINE + "?from=2007&to=2007&limit=500").then().statusCode(200)
                .body("items.date", everyItem(org.hamcrest.Matchers.startsWith("2007")))
                .body("items.agreement", org.hamcrest.Matchers.hasItem("2007-02-ahtisaari-plan"));
        given().when().get(TIMELINE + "?type=RATIFIED,rejected&limit=500").then().statusCode(200)
                .body("items.type", everyItem(in(List.of("RATIFIED", "REJECTED"))))
                .body("items.agreement", org.hamcrest.Matchers.hasItems("2013-04-19-brussels-agreement", "2007-02-ahtisaari-plan"));
        given().when().get(TIMELINE + "?type=RATIFIED&from=2013-06&to=2013-06").then().statusCode(200)
                .body("items.agreement", contains("2013-04-19-brussels-agreement"));
        given().when().get(TIMELINE + "?type=WHATEVER").then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().when().get(TIMELINE + "?from=2014&to=2013").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void pagesCoverEveryMilestoneOnce() {
        List<String> all = new ArrayList<>();
        given().when().get(TIMELINE + "?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).forEach(m -> all.add(m.get("agreement") + "|" + m.get("date") + "|" + m.get("type") + "|" + m.get("description")));
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Response r = given().when().get(TIMELINE + "?limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
            r.then().statusCode(200);
            r.jsonPath().getList("items", Map.class).forEach(m -> walked.add(m.get("agreement") + "|" + m.get("date") + "|" + m.get("type") + "|" + m.get("description")));
            cursor = r.jsonPath().getString("nextCursor");
        } while (cursor != null);
        // same items in the same order: no duplicate, no gap
        assertEquals(all, walked);
    }

    @Test
    void updatedSinceAndAgreementFilters() {
        String later = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        given().queryParam("updatedSince", later).when().get(TIMELINE).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("agreement", "2013-04-19-brussels-agreement")
                .when().get(TIMELINE).then().statusCode(200).body("items", hasSize(6))
                .body("items.agreement", everyItem(equalTo("2013-04-19-brussels-agreement")));
        given().when().get(TIMELINE + "?updatedSince=never").then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("agreement", "Not A Slug").when().get(TIMELINE).then().statusCode(400)
                .body("errors[0].field", equalTo("agreement"));
        given().when().get(TIMELINE + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void fieldsAndCsv() {
        given().when().get(TIMELINE + "?fields=agreement,date&limit=2").then().statusCode(200)
                .body("items[0].keySet()", contains("agreement", "date"));
        String csv = given().accept("text/csv").when().get(TIMELINE + "?type=RATIFIED&fields=agreement,date,type").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("agreement,date,type\r\n"));
        assertTrue(csv.contains("2013-04-19-brussels-agreement,2013-06-28,RATIFIED"));
    }
}
