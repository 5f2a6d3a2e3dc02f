package org.ksrelations.agreements;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.ksrelations.testing.TestTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data built in the test itself: unique slugs, valid agreements to vary. */
final class Fixtures {

    private Fixtures() {
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Map<String, Object> source() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", "Belgrade–Pristina dialogue");
        s.put("publisher", "Wikipedia (English)");
        s.put("url", "https://en.wikipedia.org/wiki/Belgrade%E2%80%93Pristina_dialogue");
        return s;
    }

    /** A valid PROPOSED agreement with no milestones, proposed on 2020-01-10. */
    static Map<String, Object> agreement(String slug) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("slug", slug);
        a.put("title", new HashMap<>(Map.of("en", "Test agreement " + slug)));
        a.put("summary", new HashMap<>(Map.of("en", "A test agreement.")));
        a.put("kind", "TECHNICAL_AGREEMENT");
        a.put("status", "PROPOSED");
        a.put("stage", "OTHER");
        a.put("process", "OTHER");
        a.put("facilitator", "EU");
        a.put("parties", new ArrayList<>(List.of("serbia", "kosovo")));
        a.put("signatories", new ArrayList<>());
        a.put("proposedOn", "2020-01-10");
        a.put("proposedOnPrecision", "DAY");
        a.put("concludedOn", null);
        a.put("concludedOnPrecision", null);
        a.put("provisions", new ArrayList<>());
        a.put("milestones", new ArrayList<>());
        a.put("relatedEvents", new ArrayList<>());
        a.put("tags", new ArrayList<>(List.of("test")));
        a.put("sources", new ArrayList<>(List.of(source())));
        return a;
    }

    static Map<String, Object> milestone(String date, String precision, String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date);
        m.put("datePrecision", precision);
        m.put("type", type);
        m.put("description", new HashMap<>(Map.of("en", type + " milestone")));
        m.put("sources", new ArrayList<>(List.of(source())));
        return m;
    }

    static Map<String, Object> provision(String number, String topic) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", number);
        p.put("topic", topic);
        p.put("text", "Text of provision " + number + " on " + topic + ".");
        p.put("implementationStatus", "UNKNOWN");
        p.put("quote", null);
        return p;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> a, String key) {
        return (List<Object>) a.get(key);
    }

    static Response post(Map<String, Object> agreement) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(agreement)
                .when().post("/api/v1/agreements");
    }

    /** Creates the agreement (201 expected) and returns its ETag. */
    static String create(Map<String, Object> agreement) {
        Response r = post(agreement);
        if (r.statusCode() != 201) {
            throw new AssertionError("create failed: " + r.statusCode() + " " + r.asString());
        }
        return r.header("ETag");
    }

    /** Creates a valid agreement under {@code slug} with the one milestone 2020-03-01-other-1; returns its ETag. */
    static String createWithOneMilestone(String slug) {
        Map<String, Object> a = agreement(slug);
        list(a, "milestones").add(milestone("2020-03-01", "DAY", "OTHER"));
        return create(a);
    }

    static String etag(String slug) {
        return given().when().get("/api/v1/agreements/" + slug).then().statusCode(200).extract().header("ETag");
    }
}
