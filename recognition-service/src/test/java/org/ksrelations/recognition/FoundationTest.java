package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FoundationTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void statesListServesSeededRecordsFromPostgres() {
        given().when().get("/api/v1/states?includeTotal=true").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("totalItems", equalTo(197))
                .body("items.size()", equalTo(50));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void metricsAreServed() {
        // a request of its own, so that the request metric exists whichever test ran before
        given().when().get("/api/v1/states?limit=1").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("uri=\"/api/v1/states\""));
    }
}
