package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
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
    void eventsListServesSeededRecordsFromPostgres() {
        given().when().get("/api/v1/events?includeTotal=true").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("totalItems", greaterThan(50))
                .body("items.size()", equalTo(50));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/events/no-such-event").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/events'.get.operationId", equalTo("listEvents"));
        // a request of its own, so that the request metric exists whichever test ran before
        given().when().get("/api/v1/events?limit=1").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("uri=\"/api/v1/events\""));
    }
}
