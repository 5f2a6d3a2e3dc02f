package org.ksrelations.recognition;

import io.restassured.specification.RequestSpecification;
import org.ksrelations.testing.TestTokens;

import static io.restassured.RestAssured.given;

/** Small helpers of the HTTP tests. */
final class Api {

    private Api() {
    }

    static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor());
    }

    /** The current ETag of a state. */
    static String etag(String code) {
        return given().get("/api/v1/states/" + code).then().statusCode(200).extract().header("ETag");
    }

    static String stance(String code) {
        return given().get("/api/v1/states/" + code).then().statusCode(200).extract().path("stance");
    }

    static String act(String type, String date, String precision) {
        return "{\"type\": \"" + type + "\", \"date\": " + (date == null ? "null" : "\"" + date + "\"")
                + ", \"datePrecision\": " + (precision == null ? "null" : "\"" + precision + "\"")
                + ", \"verified\": true, \"note\": \"test act\","
                + " \"sources\": [{\"title\": \"Test source\", \"publisher\": \"Test\", \"url\": \"https://example.org/t\"}]}";
    }

    /** Records an act and answers its id. */
    static String create(String code, String body) {
        return editor().contentType("application/json").header("If-Match", etag(code)).body(body)
                .post("/api/v1/states/" + code + "/acts").then().statusCode(201).extract().path("id");
    }

    static void delete(String code, String id) {
        editor().header("If-Match", etag(code)).delete("/api/v1/states/" + code + "/acts/" + id).then().statusCode(204);
    }
}
