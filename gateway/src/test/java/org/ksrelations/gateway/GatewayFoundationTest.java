package org.ksrelations.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.ManagementInterface;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The gateway alone, its services unreachable (their URLs point at a closed port in the test profile): routes answer
 * 503 problem+json quickly, the gateway itself stays healthy, and its document merges the services' specs.
 */
@QuarkusTest
class GatewayFoundationTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void gatewayIsReadyWithoutItsServices() {
        given().baseUri(ManagementInterface.base(management)).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        ManagementInterface.assertHealthAndMetricsOnlyThere(management);
    }

    @Test
    void unreachableServiceGives503Problem() {
        given().when().get("/api/v1/events").then().statusCode(503)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("detail", containsString("events"));
        given().when().get("/api/v1/states/de").then().statusCode(503)
                .body("detail", containsString("recognition"));
        given().when().get("/api/v1/agreements").then().statusCode(503)
                .body("detail", containsString("agreements"));
    }

    @Test
    void requestIdIsAddedWhenMissingAndEchoedWhenGiven() {
        given().when().get("/api/v1/events").then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "abc-123").when().get("/api/v1/events").then().header("X-Request-Id", "abc-123");
    }

    @Test
    void unknownGatewayPathIsA404Problem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void mergedSpecHoldsEveryServicesOperations() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/events'.get.operationId", equalTo("listEvents"))
                .body("paths.'/api/v1/agreements'.get.operationId", equalTo("listAgreements"))
                .body("paths.'/api/v1/states'.get.operationId", equalTo("listStates"));
    }

    /**
     * Trusted proxies are IPs or CIDRs only: Quarkus resolves anything else as a host name on every request (a bare
     * IPv6 address such as "::1" included), and without a reachable DNS server each request then waited 5 s.
     */
    @Test
    void trustedProxiesAreAddressesAndNeverNamesToResolvePerRequest() {
        String value = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.proxy.trusted-proxies", String.class);
        for (String entry : value.split(",")) {
            String e = entry.trim();
            boolean ipv4 = e.matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
            boolean ipv6Cidr = e.matches("[0-9a-fA-F:]*:[0-9a-fA-F:]*/\\d{1,3}");
            org.junit.jupiter.api.Assertions.assertTrue(ipv4 || ipv6Cidr, "not an IPv4 address/CIDR or IPv6 CIDR: " + e);
        }
    }
}
