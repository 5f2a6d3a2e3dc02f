package org.ksrelations.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every service's foundation test checks the same way, for its {@code @QuarkusTest} to extend: readiness with
 * the database, the first page of a seeded list, request metrics, health and metrics on the management port only.
 */
public abstract class FoundationTests {

    private final String list;
    private final Matcher<?> seeded;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** {@code list} is a path of the API whose seeded records {@code seeded} counts (its {@code totalItems}). */
    protected FoundationTests(String list, Matcher<?> seeded) {
        this.list = list;
        this.seeded = seeded;
    }

    @Test
    public void readinessIncludesTheDatabase() {
        given().baseUri(ManagementInterface.base(management)).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    /** JSON, the default 50 items and the total of the seed, read from PostgreSQL. */
    @Test
    public void theListServesSeededRecordsFromPostgres() {
        given().when().get(list + "?includeTotal=true").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("totalItems", seeded)
                .body("items.size()", equalTo(50));
    }

    @Test
    public void metricsAreServed() {
        // a request of its own, so that the request metric exists whichever test ran before
        given().when().get(list + "?limit=1").then().statusCode(200);
        given().baseUri(ManagementInterface.base(management)).when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("uri=\"" + list + "\""));
    }

    @Test
    public void healthAndMetricsAnswerOnTheManagementPortOnly() {
        ManagementInterface.assertHealthAndMetricsOnlyThere(management);
    }
}
