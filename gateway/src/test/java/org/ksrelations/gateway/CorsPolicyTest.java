package org.ksrelations.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway's CORS policy (issue 16): anonymous reads from any origin, writes only from the configured origins
 * (the default KSR_CORS_ORIGINS: http://localhost:3000 and http://localhost:5173).
 */
@QuarkusTest
class CorsPolicyTest {

    static final String STRANGER = "https://someone-elses-frontend.example";
    static final String EDITOR_APP = "http://localhost:5173";

    @Test
    void aReadPreflightFromAnyOriginIsAllowedWithoutCredentials() {
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language")
                .options("/api/v1/events").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Allow-Headers", containsString("Accept-Language"))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void aReadFromAnyOriginIsAnsweredWithAStarAndTheExposedHeaders() {
        given().header("Origin", STRANGER).get("/problems/not-found").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"))
                .header("Access-Control-Expose-Headers", containsString("Repr-Digest"));
    }

    @Test
    void aWritePreflightFromAnotherOriginIsRefused() {
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/events").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/events/x").then().statusCode(403);
    }

    @Test
    void aWritePreflightFromAConfiguredOriginIsAllowedForThatOrigin() {
        given().header("Origin", EDITOR_APP).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/events/x").then().statusCode(200)
                .header("Access-Control-Allow-Origin", EDITOR_APP)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aWriteFromAnotherOriginGetsNoAllowOriginHeader() {
        given().header("Origin", STRANGER).contentType("application/json").body("{}")
                .post("/api/v1/events").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", EDITOR_APP).contentType("application/json").body("{}")
                .post("/api/v1/events").then().header("Access-Control-Allow-Origin", equalTo(EDITOR_APP));
    }

    @Test
    void theServedDocumentNamesThePublicUrlAsItsOnlyServer() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("servers.size()", equalTo(1))
                .body("servers[0].url", equalTo("http://localhost:8080"));
    }
}
