package org.ksrelations.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.kit.problem.ProblemType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The problem type URIs resolve on the gateway (issue 16): JSON for programs, HTML for browsers, 404 for others. */
@QuarkusTest
class ProblemTypesTest {

    @Test
    void everyTypeOfTheCatalogueIsServedAsJsonWithItsExample() {
        for (ProblemType t : ProblemType.values()) {
            given().accept("application/json").get("/problems/" + t.slug()).then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("type", equalTo(t.uri()))
                    .body("title", equalTo(t.title()))
                    .body("status", equalTo(t.status()))
                    .body("usedWhen", equalTo(t.usedWhen()))
                    .body("errors", equalTo(t.errorsShape()))
                    .body("example.type", equalTo(t.uri()))
                    .body("example.status", equalTo(t.status()));
        }
    }

    @Test
    void theExampleOfAFieldProblemNamesTheField() {
        given().get("/problems/invalid-parameter").then().statusCode(200)
                .body("example.errors[0].field", equalTo("limit"));
        given().get("/problems/validation").then().statusCode(200)
                .body("example.errors.field", hasItem("title.en"));
    }

    @Test
    void aBrowserGetsAnHtmlPage() {
        given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get("/problems/precondition-failed").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>Precondition failed</h1>"))
                .body(containsString("https://ksrelations.org/problems/precondition-failed"))
                .body(containsString("&quot;status&quot; : 412"));
    }

    @Test
    void theIndexListsEveryTypeInBothForms() {
        given().get("/problems").then().statusCode(200).body("size()", equalTo(ProblemType.values().length))
                .body("slug", hasItem("service-unavailable"));
        given().accept("text/html").get("/problems").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("href=\"/problems/database-unavailable\""));
    }

    @Test
    void theReadmeTableListsEveryTypeOfTheCatalogue() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        for (ProblemType t : ProblemType.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    readme.contains("| [`" + t.slug() + "`](" + t.uri() + ") | " + t.status() + " | " + t.title() + " |"),
                    "README's problem types table lacks " + t.slug());
        }
    }

    @Test
    void anUnknownTypeIsA404Problem() {
        given().get("/problems/no-such-type").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("detail", containsString("no-such-type"));
    }
}
