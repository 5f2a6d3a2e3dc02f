package org.ksrelations.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ksrelations.testing.Problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edges consumers meet, through the packaged suite's gateway (issue 16): CSV by URL as a named download, the
 * problem type pages, the public URL in the document's servers, and Link/Location carrying the scheme and host a
 * proxy in front of the gateway forwards (X-Forwarded-* and RFC 7239 Forwarded).
 */
class ConsumerEdgesTest {

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-consumer");

    static RequestSpecification gateway() {
        return given().baseUri(SUITE.app("gateway").baseUrl()).port(SUITE.app("gateway").port());
    }

    @Test
    void csvByUrlThroughTheGatewayIsANamedDownloadWithAnOptionalBom() {
        String version = gateway().get("/api/v1/about").then().statusCode(200)
                .extract().path("datasets.agreements.version");
        byte[] csv = gateway().accept(ContentType.JSON).get("/api/v1/agreements?format=csv&bom=true&fields=slug,status")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"agreements-" + version + ".csv\""))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM");
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("slug,status\r\n"), text.substring(0, Math.min(60, text.length())));
        Problems.assertInvalidParameter(gateway().get("/api/v1/states?format=yaml"), "format");
    }

    @Test
    void problemTypeUrisResolveOnTheGateway() {
        gateway().get("/problems/service-unavailable").then().statusCode(200)
                .body("status", equalTo(503)).body("example.type", equalTo("https://ksrelations.org/problems/service-unavailable"));
        gateway().accept("text/html").get("/problems/validation").then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    @Test
    void theServedDocumentsServerIsThePublicUrlNotTheServices() {
        gateway().get("/q/openapi?format=json").then().statusCode(200)
                .body("servers.size()", equalTo(1))
                .body("servers[0].url", equalTo("http://localhost:8080"));
    }

    @Test
    void theServedDocumentsServerIsTheSchemeAndHostForwardedByAProxy() {
        gateway().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.org")
                .get("/q/openapi?format=json").then().statusCode(200)
                .body("servers.size()", equalTo(1))
                .body("servers[0].url", equalTo("https://api.example.org"));
        gateway().header("Forwarded", "for=192.0.2.60;proto=https;host=data.example.net:8443")
                .get("/q/openapi?format=json").then().statusCode(200)
                .body("servers[0].url", equalTo("https://data.example.net:8443"));
        // the next request without them gets the configured public URL again
        gateway().get("/q/openapi?format=json").then().statusCode(200)
                .body("servers[0].url", equalTo("http://localhost:8080"));
    }

    @Test
    void theGeneratedClientsDefaultBaseIsThePublicUrl() {
        // where the suite runs on the default port a client needs no base path; these tests use random ports, so
        // GeneratedClientTest and usage.ts keep setting it
        assertEquals("http://localhost:8080", new org.ksrelations.client.ApiClient().getBaseUri());
    }

    @Test
    void linkCarriesTheSchemeAndHostForwardedByAProxy() {
        gateway().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.org")
                .get("/api/v1/events?limit=2").then().statusCode(200)
                .header("Link", startsWith("<https://api.example.org/api/v1/events?"));
        gateway().header("Forwarded", "for=192.0.2.60;proto=https;host=data.example.net")
                .get("/api/v1/states?limit=2").then().statusCode(200)
                .header("Link", startsWith("<https://data.example.net/api/v1/states?"));
        gateway().get("/api/v1/events?limit=2").then().statusCode(200)
                .header("Link", startsWith("<" + SUITE.app("gateway").baseUrl() + "/api/v1/events?"));
    }

    @Test
    void locationOfACreatedRecordCarriesTheForwardedSchemeAndHost() {
        String slug = "2016-02-02-forwarded-location-" + System.nanoTime();
        String token = SUITE.editorToken("consumer-edges");
        gateway().auth().oauth2(token).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.org")
                .contentType(ContentType.JSON).body("""
                        {"slug": "%s", "date": "2016-02-02", "datePrecision": "DAY",
                         "title": {"en": "Behind a proxy"}, "summary": {"en": "Created through a TLS proxy."},
                         "category": "DIPLOMACY", "sources": [{"title": "System test"}]}""".formatted(slug))
                .post("/api/v1/events").then().statusCode(201)
                .header("Location", equalTo("https://api.example.org/api/v1/events/" + slug));
    }
}
