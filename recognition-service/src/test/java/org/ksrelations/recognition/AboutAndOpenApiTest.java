package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AboutAndOpenApiTest {

    @Test
    void aboutGivesTheDatasetIdentity() {
        given().get("/api/v1/about").then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("dataset", equalTo("recognition"))
                .body("version", notNullValue())
                .body("lastUpdated", notNullValue())
                .body("counts.states", equalTo(197))
                .body("counts.acts", greaterThanOrEqualTo(149))
                .body("counts.memberships", equalTo(6))
                .body("licence", containsString("CC BY-SA"))
                .body("howToCite", containsString("recognition dataset"));
    }

    @Test
    void membershipsListFiltersPagesLocalisesAndCaches() {
        given().get("/api/v1/memberships?status=REJECTED").then().statusCode(200)
                .body("items.slug", containsInAnyOrder("interpol"));
        given().get("/api/v1/memberships?kind=REGIONAL_ORGANISATION&limit=500").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("REGIONAL_ORGANISATION")));
        given().get("/api/v1/memberships?q=unesco").then().statusCode(200).body("items.slug", containsInAnyOrder("unesco"));
        Set<String> slugs = new HashSet<>();
        String cursor = null;
        do {
            JsonPath j = given().queryParam("limit", 4).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/memberships").then().statusCode(200).extract().jsonPath();
            for (String s : j.<String>getList("items.slug")) {
                assertTrue(slugs.add(s));
            }
            cursor = j.getString("nextCursor");
        } while (cursor != null);
        assertEquals(6, slugs.size());
        given().get("/api/v1/memberships/european-union?lang=mk").then().statusCode(200)
                .body("lang", equalTo("mk")).body("summary", containsString("Србија"));
        given().header("Accept-Language", "fr").get("/api/v1/memberships/interpol").then().statusCode(200)
                .body("lang", equalTo("en"));
        given().get("/api/v1/memberships/european-union?lang=all").then().statusCode(200)
                .body("summary.en", notNullValue()).body("summary.mk", notNullValue());
        String etag = given().get("/api/v1/memberships/interpol").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/memberships/interpol").then().statusCode(304);
        given().get("/api/v1/memberships/no-such-body").then().statusCode(404);
        given().accept("text/csv").get("/api/v1/memberships?fields=slug,status").then().statusCode(200)
                .body(containsString("slug,status\r\n")).body(containsString("\r\ninterpol,REJECTED\r\n"));
        given().get("/api/v1/memberships?status=FOUNDER").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private static final List<String> OPERATIONS = List.of("listStates", "getState", "patchState", "createRecognitionAct",
            "deleteRecognitionAct", "listRecognitions", "getRecognitionsAsOf", "getRecognitionStats", "listMemberships",
            "getMembership", "listRecognitionChanges", "getRecognitionAbout", "listRecognitionDatasets",
            "getRecognitionDatasetFile");

    @Test
    void everyOperationHasItsIdTagSummaryAndExamples() {
        JsonPath spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> ids = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                Map<String, Object> o = op.getValue();
                String id = (String) o.get("operationId");
                assertNotNull(id, path.getKey() + " " + op.getKey());
                ids.add(id);
                assertNotNull(o.get("summary"), id);
                assertNotNull(o.get("tags"), id);
                assertTrue(o.toString().contains("example"), "example in " + id);
            }
        }
        assertEquals(OPERATIONS.size(), ids.size());
        assertEquals(new HashSet<>(OPERATIONS), new HashSet<>(ids));
        assertEquals(List.of("RECOGNIZES", "WITHDRAWAL_CLAIMED", "DISPUTED", "DOES_NOT_RECOGNIZE"),
                spec.getList("components.schemas.Stance.enum"));
        assertNotNull(spec.get("components.schemas.RecognitionAct"));
        assertNotNull(spec.get("components.schemas.Problem"));
        // OpenAPI 3.1: nullable fields have "null" among their types
        assertTrue(spec.getList("components.schemas.RecognitionAct.properties.date.type").contains("null"));
        assertTrue(spec.getList("components.schemas.RecognitionAct.properties.datePrecision.type").contains("null"));
        assertTrue(spec.getMap("paths.'/api/v1/states/{code}/acts'.post.responses").containsKey("422"));
        assertEquals(List.of("bearer"), new ArrayList<>(spec.getMap("paths.'/api/v1/states/{code}/acts'.post.security[0]").keySet()));
    }

    @Test
    void errorsNeverLeakAStackTrace() {
        given().get("/api/v1/states/%00").then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().contentType("application/json").body("{}").post("/api/v1/recognitions").then().statusCode(405)
                .contentType(containsString("application/problem+json"));
    }
}
