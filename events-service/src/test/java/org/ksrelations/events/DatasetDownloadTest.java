package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.DatasetDownloadTests;
import org.ksrelations.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events and actors downloads ({@link DatasetDownloadTests}), and an editor's event in the next version's files. */
@QuarkusTest
class DatasetDownloadTest extends DatasetDownloadTests {

    DatasetDownloadTest() {
        super("event", "events", "actors");
    }

    @Test
    void theEventsZipHasTheActorsAndSourcesOfEachEventAndTheCodebookListsTheCategories() throws Exception {
        Map<String, String> files = zip("events");
        List<List<String>> actors = csv(files.get("events-actors.csv"));
        assertEquals(List.of("event", "slug", "name", "type", "role"), actors.get(0));
        assertTrue(actors.stream().anyMatch(r -> r.get(1).equals("hashim-thaci") && r.get(3).equals("PERSON")),
                "Thaçi's parts in events");
        List<List<String>> sources = csv(files.get("events-sources.csv"));
        assertEquals("event", sources.get(0).get(0));
        assertTrue(sources.size() > 100, "the events' sources");
        List<List<String>> codebook = csv(files.get("codebook.csv"));
        List<String> category = codebook.stream().filter(r -> r.get(0).equals("events.csv") && r.get(1).equals("category"))
                .findFirst().orElseThrow();
        for (Map<String, Object> c : given().get("/api/v1/events/categories").jsonPath().<Map<String, Object>>getList("")) {
            assertTrue(category.get(4).contains((String) c.get("category")), category.toString());
        }
    }

    @Test
    void anEditorsNewEventIsInTheNextVersionAndItsRemovalInTheOneAfter() throws Exception {
        Map<String, Object> before = entry("events");
        String slug = EventWritesTest.newSlug();
        // an existing actor only, so that removing the event leaves the data as it was
        Response created = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(EventWritesTest.body(slug).replaceAll(",\\s*\\{\"slug\": \"test-negotiator-[^}]*}", ""))
                .post("/api/v1/events");
        created.then().statusCode(201);
        try {
            Map<String, Object> after = entry("events");
            assertNotEquals(before.get("version"), after.get("version"));
            String jsonl = download(file(after, "jsonl")).asString();
            assertTrue(jsonl.contains("\"slug\":\"" + slug + "\""), "the new event is in the new version");
            assertTrue(jsonl.contains("\"sr\":\"Testni sastanak\""), "with every language");
            assertTrue(unzip(download(file(after, "zip")).asByteArray()).get("events.csv").contains(slug));
        } finally {
            given().auth().oauth2(TestTokens.editor()).header("If-Match", created.header("ETag"))
                    .delete("/api/v1/events/" + slug).then().statusCode(204);
        }
        String jsonl = download(file(entry("events"), "jsonl")).asString();
        assertTrue(!jsonl.contains("\"slug\":\"" + slug + "\""), "deleted: gone from the next version");
    }
}
