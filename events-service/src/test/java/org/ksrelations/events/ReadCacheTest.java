package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.ReadCacheTests;
import org.ksrelations.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Conditional and cached reads of events ({@link ReadCacheTests}), and an editor's write seen at once in them. */
@QuarkusTest
class ReadCacheTest extends ReadCacheTests {

    @Override
    protected String list() {
        return "/api/v1/events?limit=5";
    }

    @Override
    protected String record() {
        return "/api/v1/events/2008-02-17-kosovo-declares-independence";
    }

    @Override
    protected String table() {
        return "event";
    }

    @Test
    void anEditorsWriteIsInTheNextReadOfTheRecordAndOfTheList() {
        String slug = EventWritesTest.newSlug();
        EventWritesTest.create(slug).then().statusCode(201);
        String search = "/api/v1/events?q=cadastre&from=2014-05-01&to=2014-05-31&lang=en";
        Response list = given().get(search);
        list.then().statusCode(200).body("items.slug", hasItem(slug));
        String listTag = list.header("ETag");
        Response one = given().get("/api/v1/events/" + slug + "?lang=en");
        String recordTag = one.header("ETag");
        given().get("/api/v1/events/" + slug + "?lang=en").then().header("ETag", recordTag); // now held in memory

        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", recordTag).body("{\"title\": {\"en\": \"Cadastre talks renamed\"}}")
                .patch("/api/v1/events/" + slug).then().statusCode(200);

        Response after = given().header("If-None-Match", recordTag).get("/api/v1/events/" + slug + "?lang=en");
        assertEquals(200, after.statusCode());
        assertEquals("Cadastre talks renamed", after.jsonPath().getString("title"));
        assertNotEquals(recordTag, after.header("ETag"));
        Response listAfter = given().header("If-None-Match", listTag).get(search);
        assertEquals(200, listAfter.statusCode());
        listAfter.then().body("items.find { it.slug == '" + slug + "' }.title", equalTo("Cadastre talks renamed"));
    }
}
