package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ksrelations.testing.Csv;
import org.ksrelations.testing.Facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RecognitionsApiTest {

    @Test
    void anActHasExactlyTheShapeTheGatewayExpects() {
        JsonPath j = given().get("/api/v1/recognitions?state=IL").then().statusCode(200).extract().jsonPath();
        Map<String, Object> first = j.getMap("items[0]");
        assertEquals(List.of("id", "state", "stateName", "region", "type", "date", "datePrecision", "dateBasis", "dateNote",
                "verified", "note",
                "sources"), new ArrayList<>(first.keySet()));
        assertEquals("il-recognition-2020-09-04", first.get("id"));
        assertEquals("IL", first.get("state"));
        assertEquals("Israel", first.get("stateName"));
        assertEquals("ASIA", first.get("region"));
        assertEquals("RECOGNITION", first.get("type"));
        assertEquals("2020-09-04", first.get("date"));
        assertEquals("DAY", first.get("datePrecision"));
        assertEquals(true, first.get("verified"));
        assertTrue(j.getList("items[0].sources").size() >= 2);
        assertTrue(j.getMap("$").containsKey("nextCursor"));
    }

    @Test
    void actsComeInDateOrderWithUndatedActsLast() {
        JsonPath j = given().get("/api/v1/recognitions?limit=500&includeTotal=true").then().statusCode(200)
                .body("totalItems", equalTo(149)).extract().jsonPath();
        List<String> dates = j.getList("items.date");
        assertEquals(149, dates.size());
        int firstNull = dates.indexOf(null);
        assertEquals(143, firstNull);
        for (int i = firstNull; i < dates.size(); i++) {
            assertNull(dates.get(i));
        }
        List<String> dated = dates.subList(0, firstNull);
        List<String> sorted = new ArrayList<>(dated);
        sorted.sort(null);
        assertEquals(sorted, dated);
        assertEquals("2008-02-17", dated.get(0));
    }

    @Test
    void descendingOrderStillPutsUndatedActsLast() {
        List<String> dates = given().get("/api/v1/recognitions?limit=500&sort=-date").then().statusCode(200)
                .extract().jsonPath().getList("items.date");
        assertEquals(149, dates.size());
        assertEquals(143, dates.indexOf(null));
        List<String> dated = new ArrayList<>(dates.subList(0, 143));
        List<String> sorted = new ArrayList<>(dated);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dated);
    }

    @Test
    void dateRangeLeavesOutUndatedActs() {
        given().get("/api/v1/recognitions?from=2008-02-17&to=2008-02-29&limit=500").then().statusCode(200)
                .body("items.date", everyItem(notNullValue()))
                .body("items.date", everyItem(greaterThanOrEqualTo("2008-02-17")))
                .body("items.date", everyItem(lessThanOrEqualTo("2008-02-29")));
        given().get("/api/v1/recognitions?from=2008&includeTotal=true&limit=1").then().statusCode(200)
                .body("totalItems", equalTo(143));
        given().get("/api/v1/recognitions?to=2008-12&limit=500").then().statusCode(200)
                .body("items.date", everyItem(lessThanOrEqualTo("2008-12-31")));
        given().get("/api/v1/recognitions?from=2020-09-04&to=2020-09-04").then().statusCode(200)
                .body("items.state", containsInAnyOrder("IL"));
    }

    @Test
    void typeRegionVerifiedAndStateFiltersCombine() {
        Facts.everyItemHas("/api/v1/recognitions?type=WITHDRAWAL_CLAIMED&includeTotal=true&limit=500", "type",
                "WITHDRAWAL_CLAIMED").body("totalItems", equalTo(18));
        given().get("/api/v1/recognitions?type=withdrawal_denied,recognition_contested&limit=500").then().statusCode(200)
                .body("items.state", containsInAnyOrder("GW", "LR", "PG", "JM", "NG", "ST", "UG"));
        Facts.everyItemHas("/api/v1/recognitions?region=OCEANIA&type=RECOGNITION&limit=500", "region", "OCEANIA")
                .body("items.type", everyItem(equalTo("RECOGNITION")));
        given().get("/api/v1/recognitions?region=AFRICA&type=WITHDRAWAL_CLAIMED&from=2017-11-01&to=2017-11-30").then()
                .statusCode(200).body("items.state", org.hamcrest.Matchers.hasItem("GW"));
        Facts.everyItemHas("/api/v1/recognitions?verified=false&region=OCEANIA&limit=500", "verified", false)
                .body("items.region", everyItem(equalTo("OCEANIA")));
        given().get("/api/v1/recognitions?state=gw").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains("gw-recognition-2011-01-10",
                        "gw-withdrawal-claimed-2017-11-21", "gw-withdrawal-denied-2018-01-30"));
        given().get("/api/v1/recognitions?updatedSince=2999-01-01T00:00:00Z").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void pagesCoverEveryActOnceInBothOrders() {
        for (String sort : List.of("date", "-date")) {
            Set<String> ids = new HashSet<>();
            List<String> order = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonPath j = given().queryParam("limit", 13).queryParam("sort", sort)
                        .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/recognitions").then()
                        .statusCode(200).extract().jsonPath();
                for (String id : j.<String>getList("items.id")) {
                    assertTrue(ids.add(id), "duplicate " + id);
                    order.add(id);
                }
                cursor = j.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 50);
            assertEquals(149, ids.size());
            List<String> all = given().get("/api/v1/recognitions?limit=500&sort=" + sort).then().extract()
                    .jsonPath().getList("items.id");
            assertEquals(all, order, "paged order equals one-page order for " + sort);
        }
    }

    @Test
    void csvAndFieldsWorkOnActs() {
        Csv.assertLines(Csv.get("/api/v1/recognitions?state=GW"),
                "id,state,stateName,region,type,date,datePrecision,dateBasis,dateNote,verified,note,sources", 4);
        given().get("/api/v1/recognitions?fields=id,date&limit=2").then().statusCode(200)
                .body("items[0].keySet()", containsInAnyOrder("id", "date"));
    }

    @Test
    void badParametersOfTheActListAreProblems() {
        Map<String, String> bad = Map.of("from", "from=2020-13-01", "type", "type=ANNEXATION", "verified", "verified=perhaps",
                "state", "state=israel", "sort", "sort=name", "region", "region=MARS", "lang", "lang=english");
        bad.forEach((param, query) -> given().get("/api/v1/recognitions?" + query).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo(param)));
        given().get("/api/v1/recognitions?from=2020-01-01&to=2019-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    // ---------------------------------------------------------------- as-of

    private static String asOfStance(String date, String code) {
        List<Map<String, Object>> items = given().get("/api/v1/recognitions/as-of/" + date).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> code.equals(i.get("code"))).map(i -> (String) i.get("stance")).findFirst()
                .orElseThrow();
    }

    /** A state's stance as of the days around its acts: an act counts from its own date on. */
    @ParameterizedTest(name = "{0}: {2} as of {1} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            asOfAroundIsraelsRecognition                  | 2020-09-03 | IL | DOES_NOT_RECOGNIZE
            asOfAroundIsraelsRecognition                  | 2020-09-04 | IL | RECOGNIZES
            asOfAroundIsraelsRecognition                  | 2021-02-01 | IL | RECOGNIZES
            asOfAroundGuineaBissausWithdrawalAndReversal  | 2011-01-09 | GW | DOES_NOT_RECOGNIZE
            asOfAroundGuineaBissausWithdrawalAndReversal  | 2011-01-10 | GW | RECOGNIZES
            asOfAroundGuineaBissausWithdrawalAndReversal  | 2017-11-20 | GW | RECOGNIZES
            asOfAroundGuineaBissausWithdrawalAndReversal  | 2017-11-21 | GW | WITHDRAWAL_CLAIMED
            asOfAroundGuineaBissausWithdrawalAndReversal  | 2018-01-29 | GW | WITHDRAWAL_CLAIMED
            asOfAroundGuineaBissausWithdrawalAndReversal  | 2018-01-30 | GW | DISPUTED
            """)
    void asOfADayAStateHasTheStanceOfItsActsUpToThatDay(String behaviour, String date, String code, String stance) {
        assertEquals(stance, asOfStance(date, code));
    }

    @Test
    void undatedActsNeverCountAsOfButDoForTheCurrentStance() {
        assertEquals("DOES_NOT_RECOGNIZE", asOfStance("2030-01-01", "GN"));
        assertEquals("RECOGNIZES", Api.stance("GN"));
        assertEquals("RECOGNIZES", asOfStance("2030-01-01", "JM"));
        assertEquals("DISPUTED", Api.stance("JM"));
    }

    @Test
    void beforeIndependenceNoStateRecognises() {
        given().get("/api/v1/recognitions/as-of/2008-02-16").then().statusCode(200)
                .body("date", equalTo("2008-02-16"))
                .body("counts.DOES_NOT_RECOGNIZE", equalTo(197))
                .body("counts.RECOGNIZES", equalTo(0))
                .body("items.size()", equalTo(197));
    }

    @Test
    void asOfCountsAddUpAndFiltersNarrowTheItems() {
        JsonPath j = given().get("/api/v1/recognitions/as-of/2018-12-31").then().statusCode(200).extract().jsonPath();
        int sum = j.getInt("counts.RECOGNIZES") + j.getInt("counts.WITHDRAWAL_CLAIMED") + j.getInt("counts.DISPUTED")
                + j.getInt("counts.DOES_NOT_RECOGNIZE");
        assertEquals(197, sum);
        int recognizing = j.getInt("counts.RECOGNIZES");
        given().get("/api/v1/recognitions/as-of/2018-12-31?stance=RECOGNIZES").then().statusCode(200)
                .body("items.size()", equalTo(recognizing))
                .body("items.stance", everyItem(equalTo("RECOGNIZES")))
                .body("counts.RECOGNIZES", equalTo(recognizing))
                .body("counts.DISPUTED", equalTo(0));
        given().get("/api/v1/recognitions/as-of/2018-12-31?region=OCEANIA&stance=WITHDRAWAL_CLAIMED,DISPUTED").then()
                .statusCode(200)
                .body("items.region", everyItem(equalTo("OCEANIA")))
                .body("items.code", org.hamcrest.Matchers.hasItem("PG"));
    }

    @Test
    void asOfAYearMeansItsLastDay() {
        given().get("/api/v1/recognitions/as-of/2008").then().statusCode(200).body("date", equalTo("2008-12-31"));
        given().get("/api/v1/recognitions/as-of/2018-02").then().statusCode(200).body("date", equalTo("2018-02-28"));
    }

    @Test
    void asOfAnswersCsvAndProjectsFields() {
        String csv = Csv.get("/api/v1/recognitions/as-of/2020-09-04?fields=code,stance");
        Csv.assertLines(csv, "code,stance", 198);
        assertTrue(csv.contains("\r\nIL,RECOGNIZES\r\n"));
        given().get("/api/v1/recognitions/as-of/2020-09-04?fields=code").then().statusCode(200)
                .body("items[0].keySet()", containsInAnyOrder("code"))
                .body("counts", notNullValue());
    }

    @Test
    void aBadAsOfDateOrFilterIsAProblem() {
        given().get("/api/v1/recognitions/as-of/yesterday").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("date"));
        given().get("/api/v1/recognitions/as-of/2020-02-30").then().statusCode(400);
        given().get("/api/v1/recognitions/as-of/2020-01-01?stance=MAYBE").then().statusCode(400)
                .body("errors[0].field", equalTo("stance"));
    }

    // ---------------------------------------------------------------- stats

    @Test
    void yearlyStatisticsAddUpAndTheCumulativeMatchesAsOf() {
        JsonPath j = given().get("/api/v1/recognitions/stats?groupBy=year").then().statusCode(200)
                .body("groupBy", equalTo("year")).body("regions", nullValue()).extract().jsonPath();
        List<Map<String, Object>> years = j.getList("years");
        assertEquals(2008, years.get(0).get("year"));
        int recognitions = 0;
        int withdrawals = 0;
        for (int i = 0; i < years.size(); i++) {
            Map<String, Object> y = years.get(i);
            assertEquals(2008 + i, y.get("year"), "years are contiguous");
            recognitions += (Integer) y.get("recognitions");
            withdrawals += (Integer) y.get("withdrawalsClaimed");
        }
        assertEquals(j.getInt("totals.recognitions"), recognitions);
        assertEquals(119, recognitions);
        assertEquals(j.getInt("totals.withdrawalsClaimed"), withdrawals);
        assertEquals(6, j.getInt("totals.undatedActs"));
        for (Map<String, Object> y : years) {
            int year = (Integer) y.get("year");
            int asOf = given().get("/api/v1/recognitions/as-of/" + year + "-12-31").then().statusCode(200)
                    .extract().path("counts.RECOGNIZES");
            assertEquals(asOf, y.get("cumulativeRecognizing"), "cumulative of " + year);
        }
        Map<String, Object> last = years.get(years.size() - 1);
        int lastYear = (Integer) last.get("year");
        int recognizingAtEnd = given().get("/api/v1/recognitions/as-of/" + lastYear + "-12-31?stance=RECOGNIZES")
                .then().extract().jsonPath().getList("items").size();
        assertEquals(recognizingAtEnd, last.get("cumulativeRecognizing"));
        assertTrue(lastYear <= LocalDate.now().getYear());
    }

    @Test
    void regionStatisticsAddUpTo197() {
        JsonPath j = given().get("/api/v1/recognitions/stats?groupBy=region").then().statusCode(200)
                .body("groupBy", equalTo("region")).body("years", nullValue()).extract().jsonPath();
        List<Map<String, Object>> regions = j.getList("regions");
        assertEquals(5, regions.size());
        int states = 0;
        int recognizing = 0;
        for (int i = 0; i < regions.size(); i++) {
            int perRegion = j.getInt("regions[" + i + "].counts.RECOGNIZES") + j.getInt("regions[" + i + "].counts.WITHDRAWAL_CLAIMED")
                    + j.getInt("regions[" + i + "].counts.DISPUTED") + j.getInt("regions[" + i + "].counts.DOES_NOT_RECOGNIZE");
            assertEquals(j.getInt("regions[" + i + "].states"), perRegion);
            states += perRegion;
            recognizing += j.getInt("regions[" + i + "].counts.RECOGNIZES");
        }
        assertEquals(197, states);
        assertEquals(197, j.getInt("totals.states"));
        assertEquals(j.getInt("totals.stances.RECOGNIZES"), recognizing);
        given().get("/api/v1/states?region=EUROPE&includeTotal=true&limit=1").then()
                .body("totalItems", equalTo(j.getInt("regions.find { it.region == 'EUROPE' }.states")));
    }

    @Test
    void anUnknownGroupingIsAProblem() {
        given().get("/api/v1/recognitions/stats?groupBy=decade").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().get("/api/v1/recognitions/stats").then().statusCode(200).body("groupBy", equalTo("year"));
    }
}
