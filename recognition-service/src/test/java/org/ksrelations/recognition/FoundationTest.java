package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.FoundationTests;
import org.ksrelations.testing.Problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Readiness, the seeded states and metrics as in every service ({@link FoundationTests}). */
@QuarkusTest
class FoundationTest extends FoundationTests {

    FoundationTest() {
        super("/api/v1/states", equalTo(197));
    }

    @Test
    void unknownPathIsAProblem() {
        Problems.assertProblem(given().when().get("/api/v1/no-such-thing"), 404);
    }
}
