package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset pagination: following nextCursor visits every item once, in the order of the full list. */
@QuarkusTest
class PaginationTest {

    private static List<String> walk(String base, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response r = given().when().get(base + (base.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor));
            r.then().statusCode(200);
            List<String> page = r.jsonPath().getList("items.slug", String.class);
            assertTrue(page.size() <= limit);
            seen.addAll(page);
            cursor = r.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertNotNull(r.header("Link"));
                assertTrue(r.header("Link").contains("rel=\"next\""));
            }
            pages++;
            assertTrue(pages < 200, "runaway pagination");
        } while (cursor != null);
        return seen;
    }

    private static List<String> full(String base) {
        return given().when().get(base + (base.contains("?") ? "&" : "?") + "limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
    }

    @Test
    void everySortOrderPagesWithoutDuplicatesOrGaps() {
        for (String sort : List.of("date", "-date", "title")) {
            String base = "/api/v1/agreements?fields=slug&sort=" + sort;
            List<String> all = full(base);
            for (int limit : List.of(1, 4, 7)) {
                List<String> walked = walk(base, limit);
                assertEquals(all, walked, "sort " + sort + " limit " + limit);
                assertEquals(walked.size(), new HashSet<>(walked).size());
            }
        }
    }

    @Test
    void relevancePagesWithoutDuplicatesOrGaps() {
        String base = "/api/v1/agreements?fields=slug&q=agreement or resolution or kosovo";
        List<String> all = full(base);
        assertTrue(all.size() > 5);
        List<String> walked = walk(base, 3);
        assertEquals(new HashSet<>(all), new HashSet<>(walked));
        assertEquals(walked.size(), new HashSet<>(walked).size());
    }

    @Test
    void filteredListsPageAcrossTheUndatedTail() {
        String base = "/api/v1/agreements?fields=slug&facilitator=EU";
        assertEquals(full(base), walk(base, 2));
        String desc = "/api/v1/agreements?fields=slug&facilitator=EU&sort=-date";
        assertEquals(full(desc), walk(desc, 3));
    }

    @Test
    void theLastPageHasNoCursorAndNoLink() {
        given().when().get("/api/v1/agreements?limit=500").then().statusCode(200)
                .body("nextCursor", nullValue()).header("Link", nullValue());
        given().when().get("/api/v1/agreements?limit=1").then().statusCode(200)
                .body("nextCursor", notNullValue()).header("Link", containsString("cursor="));
    }

    @Test
    void aForeignOrDamagedCursorIsA400() {
        String dateCursor = given().when().get("/api/v1/agreements?limit=1").then().extract().jsonPath().getString("nextCursor");
        given().when().get("/api/v1/agreements?sort=title&cursor=" + dateCursor).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("cursor"));
        given().when().get("/api/v1/agreements?cursor=not-a-cursor").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().when().get("/api/v1/agreements/milestones?cursor=" + dateCursor).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
