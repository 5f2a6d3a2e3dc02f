package org.ksrelations.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * What a JSON answer of the API says, checked against the facts a test expects, written as a JSON object: each member
 * is a REST Assured (GPath) path of the answer and what stands there. A text, a whole number or a boolean must be
 * equal, {@code null} must be null, an array of these must be the list at the path, in that order (empty: an empty list). Other checks
 * (a text that contains, a list that has an item) chain on the answer returned.
 *
 * <pre>{@code
 * Facts.at("/api/v1/states/RS", """
 *         {"stance": "DOES_NOT_RECOGNIZE", "recognizedOn": null, "acts.type": []}
 *         """).body("sources.publisher", hasItem("Reuters"));
 * }</pre>
 */
public final class Facts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Facts() {
    }

    /** A GET of {@code url} answers 200 with the {@code facts}; the answer, for more checks. */
    public static ValidatableResponse at(String url, String facts) {
        return of(given().get(url).then().statusCode(200), facts);
    }

    /** The {@code answer} has the {@code facts}; the answer, for more checks. */
    public static ValidatableResponse of(ValidatableResponse answer, String facts) {
        JsonNode expected;
        try {
            expected = JSON.readTree(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the facts are not JSON: " + facts, e);
        }
        if (!expected.isObject()) {
            throw new IllegalArgumentException("the facts are not a JSON object: " + facts);
        }
        for (Map.Entry<String, JsonNode> fact : expected.properties()) {
            answer.body(fact.getKey(), matcher(fact.getKey(), fact.getValue()));
        }
        return answer;
    }

    /**
     * A GET of {@code url} (a list filtered by {@code field}) answers 200 and each of its items has {@code value} in
     * {@code field}; the answer, for more checks.
     */
    public static ValidatableResponse everyItemHas(String url, String field, Object value) {
        return given().get(url).then().statusCode(200).body("items." + field, everyItem(equalTo(value)));
    }

    private static Matcher<?> matcher(String path, JsonNode value) {
        if (value.isNull()) {
            return nullValue();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(scalar(path, item)));
            return items.isEmpty() ? emptyIterable() : contains(items.toArray());
        }
        return equalTo(scalar(path, value));
    }

    /** The value as the JSON path of REST Assured reads it: a String, an Integer or a Long, a Boolean. */
    private static Object scalar(String path, JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isInt()) {
            return value.intValue();
        }
        if (value.isLong()) {
            return value.longValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw new IllegalArgumentException("fact " + path + ": only texts, whole numbers, booleans, null and arrays of"
                + " these are compared, not " + value);
    }
}
