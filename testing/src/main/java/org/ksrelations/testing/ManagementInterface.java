package org.ksrelations.testing;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Health and metrics are served on the management interface (its own port) and nowhere on the public one. In a
 * {@code @QuarkusTest}, the management interface's address is injected with
 * {@code @TestHTTPResource(value = "/", management = true) URL management}.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** Scheme, host and port of the injected management URL (its path, the management root path, dropped). */
    public static String base(URL management) {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
    }

    /**
     * Liveness, readiness and the Prometheus metrics answer on the management port; the public port (REST Assured's
     * default, the application under test) answers 404 for each of them.
     */
    public static void assertHealthAndMetricsOnlyThere(URL management) {
        String base = base(management);
        given().baseUri(base).when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base).when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes"));
        for (String path : new String[] {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
