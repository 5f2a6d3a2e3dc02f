package org.ksrelations.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JSON list page is written by PostgreSQL (the events and their actors as JSON, in the statement that finds the
 * page) and passed through; one event is written by Jackson from its view. Both must be the same text: these tests
 * compare every page of the list with the events it holds, each read on its own, byte for byte.
 */
@QuarkusTest
class EventListJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body of a page made of {@code items} (each a record's JSON text) as a list writes it. */
    private static String page(List<String> items, String nextCursor, Long total) {
        return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
                + (total == null ? "" : ",\"totalItems\":" + total) + "}";
    }

    /** One event as GET /api/v1/events/{slug} serves it. */
    private static String record(String slug, String lang) {
        return given().queryParam("lang", lang).get("/api/v1/events/" + slug).then().statusCode(200)
                .extract().asString();
    }

    /**
     * Follows a list from its first page to its last; each page's body must be the page its events make when read
     * one by one and turned into an item by {@code item}. Returns how many events the pages held.
     */
    private static int walk(String query, String lang, Function<String, String> item) {
        String cursor = null;
        int seen = 0;
        do {
            var req = given().queryParam("lang", lang);
            String body = (cursor == null ? req : req.queryParam("cursor", cursor))
                    .get("/api/v1/events?" + query).then().statusCode(200)
                    .contentType(ContentType.JSON).extract().asString();
            JsonPath json = JsonPath.from(body);
            List<String> slugs = json.getList("items.slug");
            Integer total = json.get("totalItems");
            cursor = json.getString("nextCursor");
            List<String> expected = new ArrayList<>();
            for (String slug : slugs) {
                expected.add(item.apply(record(slug, lang)));
            }
            assertEquals(page(expected, cursor, total == null ? null : total.longValue()), body, query + " lang=" + lang);
            seen += slugs.size();
        } while (cursor != null);
        return seen;
    }

    @Test
    void everyPageOfTheListIsTheTextOfItsEventsReadOneByOne() {
        int all = given().get("/api/v1/events?limit=1&includeTotal=true").then().statusCode(200)
                .extract().path("totalItems");
        assertEquals(all, walk("limit=40&sort=date", "en", r -> r), "every event, in English");
        assertEquals(all, walk("limit=100&sort=-date", "mk", r -> r), "every event, in Macedonian where it has it");
        assertTrue(walk("limit=7&q=independence&includeTotal=true", "en", r -> r) > 7, "a search by relevance");
        assertTrue(walk("limit=5&actor=serbia&category=DIPLOMACY,NEGOTIATION", "de", r -> r) > 5,
                "filters, in a language no event has (English served)");
    }

    @Test
    void aProjectedPageHoldsTheAskedFieldsOfEachEventInTheEventsOwnOrder() {
        Set<String> fields = Set.of("updatedAt", "slug", "lang", "title", "actors", "sources", "dateNote");
        int seen = walk("limit=60&sort=date&fields=updatedAt,slug,lang,title,actors,sources,dateNote", "mk", r -> {
            try {
                ObjectNode whole = (ObjectNode) JSON.readTree(r);
                whole.retain(fields);
                return JSON.writeValueAsString(whole);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(seen > 60, "more than one page: " + seen);
    }

    @Test
    void textsThatJsonMustEscapeAreTheSameInAPageAsInTheirEvent() throws Exception {
        String tag = "escapes-" + System.nanoTime();
        String slug = "2014-06-02-test-escapes-" + System.nanoTime();
        String tricky = "A \"quoted\" word, a back\\slash, a tab\tand a line\nbreak, </script>, \u2028, \u00e9, \ud83c\uddfd\ud83c\uddf0";
        ObjectNode body = JSON.createObjectNode();
        body.put("slug", slug).put("date", "2014-06-02").put("datePrecision", "DAY")
                .put("dateBasis", "INFERRED").put("dateNote", "Read from the minutes' \"date\" line")
                .put("category", "NEGOTIATION");
        body.putObject("title").put("en", tricky).put("mk", "Наслов со \"наводници\"");
        body.putObject("summary").put("en", tricky + " (summary)");
        body.putArray("actors").addObject().put("slug", "serbia").put("role", "PARTICIPANT");
        body.putArray("places").add("Brussels").add("Mitrovica \"North\"");
        body.putArray("tags").add(tag);
        body.putArray("relatedAgreements");
        body.putArray("sources").addObject().put("title", tricky).put("publisher", "EEAS")
                .put("url", "https://example.org/minutes?a=1&b=\u00e9").put("publishedOn", "2014-06-03")
                .put("accessedOn", "2020-01-31").put("quote", tricky);
        String etag = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(JSON.writeValueAsString(body))
                .post("/api/v1/events").then().statusCode(201).extract().header("ETag");
        try {
            for (String lang : List.of("en", "mk")) {
                assertEquals(1, walk("tag=" + tag, lang, r -> r), lang);
            }
            JsonNode item = JSON.readTree(given().get("/api/v1/events?tag=" + tag).then().statusCode(200)
                    .extract().asString()).path("items").path(0);
            assertEquals(tricky, item.path("title").asText(), "the title, read back as written");
            assertEquals("2014-06-03", item.path("sources").path(0).path("publishedOn").asText());
        } finally {
            given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).delete("/api/v1/events/" + slug)
                    .then().statusCode(204);
        }
    }
}
