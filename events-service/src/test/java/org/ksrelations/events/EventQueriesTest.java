package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads of the seeded timeline: filters, sorting, paging, full text, localization, CSV and projection. */
@QuarkusTest
class EventQueriesTest {

    @Test
    void dateRangeKeepsOnlyEventsInside() {
        given().when().get("/api/v1/events?from=2013-01-01&to=2013-12-31&limit=500").then().statusCode(200)
                .body("items.size()", greaterThan(3))
                .body("items.date", everyItem(startsWith("2013-")));
    }

    @Test
    void yearAndMonthShorthandsCoverTheWholePeriod() {
        List<String> byYear = given().get("/api/v1/events?from=2013&to=2013&limit=500").jsonPath().getList("items.slug");
        List<String> byDays = given().get("/api/v1/events?from=2013-01-01&to=2013-12-31&limit=500").jsonPath().getList("items.slug");
        assertEquals(byDays, byYear);
        given().get("/api/v1/events?from=2013-04&to=2013-04").then()
                .body("items.slug", hasItem("2013-04-19-brussels-agreement-reached"));
    }

    @Test
    void categoryFilterAcceptsSeveralValues() {
        given().when().get("/api/v1/events?category=CONSTITUTIONAL&limit=500").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.category", everyItem(equalTo("CONSTITUTIONAL")));
        Response both = given().when().get("/api/v1/events?category=constitutional,LEGAL&limit=500");
        both.then().statusCode(200).body("items.category", hasItem("LEGAL")).body("items.category", hasItem("CONSTITUTIONAL"));
        Response repeated = given().when().get("/api/v1/events?category=CONSTITUTIONAL&category=LEGAL&limit=500");
        assertEquals(both.jsonPath().getList("items.slug"), repeated.jsonPath().getList("items.slug"));
    }

    @Test
    void actorPlaceAndTagFiltersMatchTheEventsFields() {
        given().get("/api/v1/events?actor=hashim-thaci&limit=500").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.actors", everyItem(hasItem(org.hamcrest.Matchers.hasEntry("slug", "hashim-thaci"))));
        given().get("/api/v1/events?place=brussels&limit=500").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.places", everyItem(hasItem("Brussels")));
        given().get("/api/v1/events?tag=brussels-dialogue&limit=500").then().statusCode(200)
                .body("items.size()", greaterThan(5))
                .body("items.tags", everyItem(hasItem("brussels-dialogue")));
        given().get("/api/v1/events?agreement=2013-04-19-brussels-agreement").then().statusCode(200)
                .body("items.slug", hasItem("2013-06-28-kosovo-assembly-ratifies-brussels-agreement"));
    }

    @Test
    void filtersCombineWithAnd() {
        Response r = given().get("/api/v1/events?tag=brussels-dialogue&from=2013-01-01&to=2013-12-31&category=AGREEMENT&limit=500");
        r.then().statusCode(200).body("items.size()", greaterThan(0))
                .body("items.category", everyItem(equalTo("AGREEMENT")))
                .body("items.date", everyItem(startsWith("2013")))
                .body("items.tags", everyItem(hasItem("brussels-dialogue")));
        given().get("/api/v1/events?actor=hashim-thaci&from=1912-01-01&to=1930-12-31").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrDuplicate() {
        List<String> all = given().get("/api/v1/events?limit=500").jsonPath().getList("items.slug");
        for (String sort : List.of("date", "-date")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Response r = given().queryParam("limit", 7).queryParam("sort", sort)
                        .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/events");
                r.then().statusCode(200).body("items.size()", lessThanOrEqualTo(7));
                seen.addAll(r.jsonPath().getList("items.slug"));
                cursor = r.jsonPath().getString("nextCursor");
                if (cursor != null) {
                    r.then().header("Link", containsString("rel=\"next\""));
                }
                pages++;
            } while (cursor != null && pages < 100);
            assertEquals(all.size(), seen.size(), sort);
            assertEquals(all.size(), new HashSet<>(seen).size(), "no duplicates with " + sort);
            if (sort.equals("date")) {
                assertEquals(all, seen);
            }
        }
    }

    @Test
    void dateOrderIsChronologicalBothWays() {
        List<String> asc = given().get("/api/v1/events?limit=500&sort=date").jsonPath().getList("items.date");
        List<String> desc = given().get("/api/v1/events?limit=500&sort=-date").jsonPath().getList("items.date");
        List<String> sorted = new ArrayList<>(asc);
        sorted.sort(String::compareTo);
        assertEquals(sorted, asc);
        List<String> reversed = new ArrayList<>(desc);
        reversed.sort((a, b) -> b.compareTo(a));
        assertEquals(reversed, desc);
    }

    @Test
    void fullTextFindsEnglishWordsWithStemmingAndRanks() {
        Response r = given().get("/api/v1/events?q=ratified&limit=50");
        r.then().statusCode(200).body("items.slug", hasItem("2013-06-28-kosovo-assembly-ratifies-brussels-agreement"));
        given().get("/api/v1/events?q=\"advisory opinion\"&sort=relevance").then().statusCode(200)
                .body("items[0].tags", hasItem("icj"));
        given().get("/api/v1/events?q=zzzznotaword").then().statusCode(200).body("items", empty());
    }

    @Test
    void fullTextPagesByRelevanceWithoutDuplicates() {
        List<String> all = given().get("/api/v1/events?q=kosovo&limit=500").jsonPath().getList("items.slug");
        assertTrue(all.size() > 10);
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int count = 0;
        do {
            Response r = given().queryParam("q", "kosovo").queryParam("limit", 4)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/events");
            for (String s : r.jsonPath().getList("items.slug", String.class)) {
                assertTrue(seen.add(s), "duplicate " + s);
                count++;
            }
            cursor = r.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertEquals(all.size(), count);
    }

    @Test
    void fullTextAlsoSearchesMacedonianText() {
        given().queryParam("q", "независност").get("/api/v1/events").then().statusCode(200)
                .body("items.size()", greaterThan(0));
    }

    @Test
    void languageIsChosenByParamOrHeaderWithEnglishFallback() {
        String slug = "/api/v1/events/2008-02-17-kosovo-declares-independence";
        String en = given().get(slug).jsonPath().getString("title");
        given().get(slug + "?lang=mk").then().body("lang", equalTo("mk")).body("title", not(equalTo(en)));
        given().header("Accept-Language", "mk-MK,mk;q=0.9,en;q=0.5").get(slug).then().body("lang", equalTo("mk"));
        given().get(slug + "?lang=sq").then().body("lang", equalTo("en")).body("title", equalTo(en));
        given().get(slug + "?lang=all").then().body("title", hasKey("en")).body("title", hasKey("mk"))
                .body("lang", nullValue());
        given().get("/api/v1/events/2013-06-28-kosovo-assembly-ratifies-brussels-agreement?lang=mk").then()
                .body("lang", equalTo("en"));
        given().get("/api/v1/events?lang=english").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerEvent() {
        String csv = given().accept("text/csv").get("/api/v1/events?from=2013&to=2013&limit=500")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        int n = given().get("/api/v1/events?from=2013&to=2013&limit=500").jsonPath().getList("items").size();
        assertEquals(n + 1, lines.length);
        assertTrue(lines[0].startsWith("slug,date,datePrecision,dateBasis,dateNote,title"));
        String projected = given().accept("text/csv").get("/api/v1/events?fields=slug,date&limit=2").asString();
        assertEquals("slug,date", projected.split("\r\n")[0]);
    }

    @Test
    void fieldsProjectionKeepsOnlyTheNamedFields() {
        given().get("/api/v1/events?fields=slug,date&limit=3").then().statusCode(200)
                .body("items[0].keySet()", equalTo(Set.of("slug", "date")));
        given().get("/api/v1/events?fields=slug,password").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void totalIsGivenOnlyWhenAsked() {
        given().get("/api/v1/events?limit=1").then().body("$", not(hasKey("totalItems")));
        given().get("/api/v1/events?limit=1&includeTotal=true&category=LEGAL").then()
                .body("totalItems", greaterThanOrEqualTo(1));
    }

    @Test
    void badParametersAreNamed400Problems() {
        for (String q : List.of("limit=0", "limit=501", "limit=abc", "from=2013-13-01", "to=yesterday",
                "category=PARTY", "sort=title", "sort=relevance", "cursor=garbage", "actor=Not%20A%20Slug",
                "includeTotal=maybe", "updatedSince=noon", "from=2014-01-01&to=2013-01-01")) {
            given().get("/api/v1/events?" + q).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(400))
                    .body("errors.size()", greaterThan(0));
        }
    }

    @Test
    void cursorOfOneSortIsRefusedForAnother() {
        String cursor = given().get("/api/v1/events?limit=2&sort=date").jsonPath().getString("nextCursor");
        given().queryParam("cursor", cursor).get("/api/v1/events?sort=-date").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void categoriesListEveryCategoryWithCounts() {
        Response r = given().get("/api/v1/events/categories");
        r.then().statusCode(200).body("category", hasItem("DECLARATION"));
        int sum = r.jsonPath().getList("count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        int total = given().get("/api/v1/events?limit=1&includeTotal=true").jsonPath().getInt("totalItems");
        assertEquals(total, sum);
    }

    @Test
    void actorsAreListedAndShowTheirEvents() {
        given().get("/api/v1/actors?type=PERSON&limit=500").then().statusCode(200)
                .body("items.slug", hasItem("hashim-thaci"))
                .body("items.type", everyItem(equalTo("PERSON")));
        given().get("/api/v1/actors?q=tha").then().body("items.slug", hasItem("hashim-thaci"));
        given().get("/api/v1/actors/hashim-thaci").then().statusCode(200)
                .body("actor.name", equalTo("Hashim Thaçi"))
                .body("events.size()", greaterThan(0));
        given().get("/api/v1/actors/nobody-at-all").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void anActorsPageWithANextOneLinksToItAsItsDocumentSays() {
        Response first = given().get("/api/v1/actors?limit=2");
        String next = first.then().statusCode(200).extract().path("nextCursor");
        first.then().header("Link", containsString("cursor=" + next)).header("Link", containsString("rel=\"next\""));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/actors'.get.responses.'200'.headers.Link.description",
                        equalTo("<…>; rel=\"next\" when there is a next page"));
    }

    @Test
    void aboutDescribesTheDataset() {
        given().get("/api/v1/about").then().statusCode(200)
                .header("Last-Modified", not(nullValue()))
                .body("dataset", equalTo("events"))
                .body("counts.events", greaterThan(100))
                .body("howToCite", containsString("events"));
    }
}
