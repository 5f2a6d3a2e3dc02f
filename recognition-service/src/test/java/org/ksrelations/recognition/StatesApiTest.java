package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Csv;
import org.ksrelations.testing.Facts;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatesApiTest {

    @Test
    void stanceFilterReturnsOnlyStatesOfThatStance() {
        for (String stance : List.of("RECOGNIZES", "WITHDRAWAL_CLAIMED", "DISPUTED", "DOES_NOT_RECOGNIZE")) {
            Facts.everyItemHas("/api/v1/states?limit=500&stance=" + stance, "stance", stance);
        }
        given().get("/api/v1/states?limit=500&stance=disputed").then().statusCode(200)
                .body("items.code", containsInAnyOrder("GW", "JM", "LR", "NG", "PG", "ST", "UG"));
    }

    /** A query of the states finds {@code total} of them. */
    private static void assertTotal(String query, int total) {
        given().get("/api/v1/states?includeTotal=true&" + query).then().statusCode(200).body("totalItems", equalTo(total));
    }

    @Test
    void severalStancesCanBeAskedTogether() {
        assertTotal("stance=DISPUTED,WITHDRAWAL_CLAIMED", 21);
        assertTotal("stance=DISPUTED&stance=WITHDRAWAL_CLAIMED", 21);
    }

    @Test
    void regionFilterAndItsCombinationWithStanceAndUnMember() {
        Facts.everyItemHas("/api/v1/states?limit=500&region=OCEANIA&includeTotal=true", "region", "OCEANIA")
                .body("totalItems", equalTo(16));
        Facts.everyItemHas("/api/v1/states?limit=500&region=europe&stance=RECOGNIZES", "region", "EUROPE")
                .body("items.stance", everyItem(equalTo("RECOGNIZES")))
                .body("items.code", hasItem("DE"));
        given().get("/api/v1/states?limit=500&region=OCEANIA&unMember=false").then().statusCode(200)
                .body("items.code", containsInAnyOrder("CK", "NU"));
        given().get("/api/v1/states?limit=500&region=AFRICA,AMERICAS&stance=DISPUTED&unMember=true").then().statusCode(200)
                .body("items.code", containsInAnyOrder("GW", "JM", "LR", "NG", "ST", "UG"));
    }

    @Test
    void textSearchFindsNamesCodesAndParts() {
        given().get("/api/v1/states?q=guinea&limit=500").then().statusCode(200)
                .body("items.code", containsInAnyOrder("GN", "GW", "GQ", "PG"));
        given().get("/api/v1/states?q=bissau").then().statusCode(200).body("items.code", containsInAnyOrder("GW"));
        given().get("/api/v1/states?q=ISR").then().statusCode(200).body("items.code", hasItem("IL"));
        given().get("/api/v1/states?q=il").then().statusCode(200).body("items.code", hasItem("IL"));
        given().get("/api/v1/states?q=guinea&stance=DISPUTED").then().statusCode(200)
                .body("items.code", containsInAnyOrder("GW", "PG"));
    }

    @Test
    void pagesByCodeCoverEveryStateOnceInOrder() {
        assertPagesCoverAll("code", 7);
    }

    @Test
    void pagesByNameCoverEveryStateOnceInOrder() {
        assertPagesCoverAll("name", 23);
    }

    private void assertPagesCoverAll(String sort, int limit) {
        List<String> keys = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Response r = given().queryParam("sort", sort).queryParam("limit", limit)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/states");
            r.then().statusCode(200);
            JsonPath j = r.jsonPath();
            List<Map<String, Object>> items = j.getList("items");
            assertTrue(items.size() <= limit);
            for (Map<String, Object> i : items) {
                assertTrue(codes.add((String) i.get("code")), "duplicate " + i.get("code"));
                keys.add((String) i.get(sort));
            }
            cursor = j.getString("nextCursor");
            if (cursor != null) {
                assertTrue(r.header("Link").contains("rel=\"next\""));
            }
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(197, codes.size());
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        if (sort.equals("code")) {
            assertEquals(sorted, keys);
        }
    }

    @Test
    void csvExportHasAHeaderAndOneLinePerState() {
        String csv = Csv.get("/api/v1/states?limit=500&fields=code,name,stance");
        Csv.assertLines(csv, "code,name,stance", 198);
        assertTrue(csv.contains("IL,Israel,RECOGNIZES"));
        assertEquals(8, Csv.lines(Csv.get("/api/v1/states?limit=500&stance=DISPUTED")).length);
    }

    @Test
    void fieldsProjectEachItem() {
        given().get("/api/v1/states?fields=code,stance&limit=3").then().statusCode(200)
                .body("items[0].keySet()", containsInAnyOrder("code", "stance"));
        given().get("/api/v1/states?fields=code,nope").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void updatedSinceInTheFutureFindsNothing() {
        given().get("/api/v1/states?updatedSince=2999-01-01T00:00:00Z").then().statusCode(200)
                .body("items.size()", equalTo(0));
        assertTotal("updatedSince=2000-01-01", 197);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Map<String, String> bad = Map.of("stance", "stance=LIKES", "region", "region=ATLANTIS", "unMember", "unMember=maybe",
                "limit", "limit=0", "sort", "sort=population", "cursor", "cursor=not-a-cursor",
                "updatedSince", "updatedSince=yesterday", "q", "q=" + "x".repeat(101));
        bad.forEach((param, query) -> given().get("/api/v1/states?" + query).then().statusCode(isOneOf(400))
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo(param)));
        given().get("/api/v1/states?limit=501").then().statusCode(400);
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        String cursor = given().get("/api/v1/states?limit=2").then().extract().path("nextCursor");
        given().get("/api/v1/states?sort=name&cursor=" + cursor).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void oneStateHasAnEtagLastModifiedAndAnswers304WhenUnchanged() {
        Response r = given().get("/api/v1/states/il");
        r.then().statusCode(200).body("code", equalTo("IL")).header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("max-age"));
        String etag = r.header("ETag");
        assertTrue(etag != null && !etag.isBlank());
        given().header("If-None-Match", etag).get("/api/v1/states/IL").then().statusCode(304);
        given().header("If-None-Match", "\"999999\"").get("/api/v1/states/IL").then().statusCode(200);
    }

    @Test
    void unknownStatesAreNotFound() {
        given().get("/api/v1/states/QQ").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("status", is(404));
        given().get("/api/v1/states/not-a-code").then().statusCode(404);
        given().get("/api/v1/states/ISR").then().statusCode(404);
    }

    @Test
    void listsCarryLastModifiedAndCacheHeaders() {
        given().get("/api/v1/states").then().statusCode(200).header("Last-Modified", notNullValue())
                .header("Vary", startsWith("Accept"));
    }
}
