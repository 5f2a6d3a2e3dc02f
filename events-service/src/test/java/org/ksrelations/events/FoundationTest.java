package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.FoundationTests;
import org.ksrelations.testing.Problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readiness, the seeded list and metrics as in every service ({@link FoundationTests}); the events' OpenAPI. */
@QuarkusTest
class FoundationTest extends FoundationTests {

    FoundationTest() {
        super("/api/v1/events", greaterThan(50));
    }

    @Test
    void unknownPathIsAProblem() {
        Response r = given().when().get("/api/v1/events/no-such-event");
        Problems.assertProblem(r, 404);
        assertEquals("Not found", r.jsonPath().getString("title"));
    }

    @Test
    void openApiIsServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/events'.get.operationId", equalTo("listEvents"));
    }
}
