package org.ksrelations.systemtests;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versioned dataset downloads through the packaged suite: the gateway's {@code GET /api/v1/datasets} merges the three
 * services' lists, each file is downloaded through the gateway (streamed from its service) with the same bytes,
 * checksum and headers as from the service (a HEAD gives those headers without the body), a re-download with its ETag is a 304, and with a service stopped the list
 * names it as incomplete while its downloads are 503 problems.
 */
class DatasetsTest {

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-datasets");

    @Test
    void theGatewayListsEveryServicesDatasetsAndStreamsEachFileUnchanged() throws Exception {
        JsonPath list = given(SUITE.spec()).get("/api/v1/datasets").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("events", "actors", "agreements", "states", "memberships"), list.getList("items.name"));
        assertEquals(List.of(), list.getList("incomplete"));
        Map<String, String> owners = Map.of("events", "events", "actors", "events",
                "agreements", "agreements", "states", "recognition", "memberships", "recognition");
        for (Map<String, Object> d : list.<Map<String, Object>>getList("items")) {
            for (Map<String, Object> f : list.<Map<String, Object>>getList("items.find { it.name == '" + d.get("name") + "' }.files")) {
                String url = (String) f.get("url");
                Response via = given(SUITE.spec()).get(url);
                via.then().statusCode(200);
                byte[] bytes = via.asByteArray();
                assertEquals(((Number) f.get("size")).longValue(), bytes.length);
                assertEquals(f.get("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
                assertEquals("\"" + f.get("sha256") + "\"", via.header("ETag"));
                assertEquals("attachment; filename=\"" + f.get("name") + "\"", via.header("Content-Disposition"));
                assertTrue(via.header("Repr-Digest").startsWith("sha-256=:"));
                assertTrue(via.contentType().startsWith((String) f.get("mediaType")), via.contentType());
                byte[] direct = given().baseUri(SUITE.app(owners.get((String) d.get("name"))).baseUrl()).get(url)
                        .then().statusCode(200).extract().asByteArray();
                assertArrayEquals(direct, bytes, "the gateway passes the service's bytes through");
                Response head = given(SUITE.spec()).head(url);
                assertEquals(200, head.statusCode());
                assertEquals(String.valueOf(bytes.length), head.header("Content-Length"));
                assertEquals(via.header("ETag"), head.header("ETag"));
                assertEquals(via.header("Repr-Digest"), head.header("Repr-Digest"));
                assertEquals(0, head.asByteArray().length);
                Response again = given(SUITE.spec()).header("If-None-Match", via.header("ETag")).get(url);
                assertEquals(304, again.statusCode());
                assertEquals(0, again.asByteArray().length);
            }
        }
        Response unknown = given(SUITE.spec()).get("/api/v1/datasets/no-such-dataset/no-such-dataset-1.zip");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        Response old = given(SUITE.spec()).get("/api/v1/datasets/events/events-0.0.0-r1.zip");
        assertEquals(404, old.statusCode());
        assertTrue(old.contentType().startsWith("application/problem+json"));
    }

    @Test
    void withAServiceStoppedTheListIsIncompleteAndItsDownloadsAreUnavailable() {
        String url = given(SUITE.spec()).get("/api/v1/datasets").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.name == 'memberships' }.files[0].url");
        SUITE.suite().stop("recognition");
        try {
            JsonPath list = given(SUITE.spec()).get("/api/v1/datasets").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("recognition"), list.getList("incomplete"));
            assertEquals(List.of("events", "actors", "agreements"), list.getList("items.name"));
            Response down = given(SUITE.spec()).get(url);
            assertEquals(503, down.statusCode());
            assertTrue(down.contentType().startsWith("application/problem+json"));
        } finally {
            SUITE.suite().start("recognition");
            SUITE.suite().awaitReady("recognition", Duration.ofSeconds(60));
        }
    }
}
