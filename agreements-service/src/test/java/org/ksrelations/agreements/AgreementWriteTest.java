package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Editor writes of agreements: create, replace, merge patch, delete, with If-Match and every validation rule. */
@QuarkusTest
class AgreementWriteTest {

    private static final String BASE = "/api/v1/agreements/";

    private static Response put(String slug, String ifMatch, Map<String, Object> body) {
        var req = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            req.header("If-Match", ifMatch);
        }
        return req.when().put(BASE + slug);
    }

    private static Response patch(String slug, String ifMatch, String body) {
        var req = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            req.header("If-Match", ifMatch);
        }
        return req.when().patch(BASE + slug);
    }

    private static List<String> errorFields(Response r) {
        return r.jsonPath().getList("errors.field", String.class);
    }

    @Test
    void createAnswers201WithLocationEtagAndTheRecord() {
        String slug = Fixtures.uniqueSlug("t-create");
        Map<String, Object> a = Fixtures.agreement(slug);
        a.put("status", "SIGNED");
        a.put("concludedOn", "2020-02-01");
        a.put("concludedOnPrecision", "DAY");
        a.put("signatories", List.of(Map.of("name", "A. Person", "party", "serbia", "role", "Minister")));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-02-01", "DAY", "SIGNED"));
        Fixtures.list(a, "provisions").add(Fixtures.provision("2", "Second"));
        Fixtures.list(a, "provisions").add(Fixtures.provision("10", "Tenth"));
        Fixtures.list(a, "provisions").add(Fixtures.provision("1", "First"));
        Fixtures.post(a).then().statusCode(201)
                .header("Location", containsString("/api/v1/agreements/" + slug))
                .header("ETag", notNullValue())
                .body("slug", equalTo(slug))
                .body("title.en", equalTo("Test agreement " + slug))
                .body("date", equalTo("2020-02-01"))
                .body("provisions.number", contains("1", "2", "10"))
                .body("milestones[0].id", equalTo("2020-02-01-signed-1"));
        given().when().get(BASE + slug).then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("signatories[0].party", equalTo("serbia"));
    }

    @Test
    void aTakenSlugIsA409() {
        String slug = Fixtures.uniqueSlug("t-dup");
        Fixtures.create(Fixtures.agreement(slug));
        Fixtures.post(Fixtures.agreement(slug)).then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("status", equalTo(409));
        Fixtures.post(Fixtures.agreement("2013-04-19-brussels-agreement")).then().statusCode(409);
    }

    @Test
    void missingAndMalformedFieldsAreAll422() {
        Map<String, Object> a = Fixtures.agreement("Bad Slug");
        a.remove("kind");
        a.put("title", Map.of("en", ""));
        a.put("facilitator", "eu");
        a.put("sources", List.of());
        a.put("parties", List.of("serbia", "Not A Slug"));
        Response r = Fixtures.post(a);
        r.then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://ksrelations.org/problems/validation"));
        List<String> fields = errorFields(r);
        for (String f : List.of("slug", "kind", "facilitator", "sources", "parties")) {
            org.junit.jupiter.api.Assertions.assertTrue(fields.stream().anyMatch(x -> x.startsWith(f)), f + " in " + fields);
        }
        org.junit.jupiter.api.Assertions.assertTrue(fields.stream().anyMatch(x -> x.startsWith("title")), fields.toString());
    }

    @Test
    void aBodyThatIsNotJsonOrHasAnUnknownEnumIsA400() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/agreements").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-enum"));
        a.put("status", "HALF_SIGNED");
        Fixtures.post(a).then().statusCode(400).body("errors[0].field", equalTo("status"));
        Map<String, Object> b = Fixtures.agreement(Fixtures.uniqueSlug("t-date"));
        b.put("proposedOn", "19 April 2013");
        Fixtures.post(b).then().statusCode(400).body("errors[0].field", equalTo("proposedOn"));
    }

    /** A new agreement with {@code status} and one milestone of {@code milestoneType} on 2020-02-01. */
    private static Map<String, Object> withStatus(String status, String milestoneType) {
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-status"));
        a.put("status", status);
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-02-01", "DAY", milestoneType));
        return a;
    }

    @Test
    void theStatusMustBeBorneOutByTheMilestones() {
        Fixtures.post(withStatus("RATIFIED", "SIGNED")).then().statusCode(422).body("errors.field", contains("status"))
                .body("errors[0].message", containsString("RATIFIED needs a RATIFIED milestone"));
        for (String[] c : new String[][]{{"SIGNED", "INITIALED"}, {"IMPLEMENTED", "IMPLEMENTATION_BEGAN"},
                {"REJECTED", "PROPOSED"}, {"INITIALED", "PROPOSED"}}) {
            Fixtures.post(withStatus(c[0], c[1])).then().statusCode(422).body("errors.field", contains("status"));
        }
        Fixtures.post(withStatus("INITIALED", "SIGNED")).then().statusCode(201);
    }

    @Test
    void aMilestoneMayNotPrecedeTheProposalAtTheCoarserPrecision() {
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-early"));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-02-01", "DAY", "OTHER"));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2019-12-31", "DAY", "OTHER"));
        Fixtures.post(a).then().statusCode(422).body("errors.field", contains("milestones[1].date"));
        // "in January 2020" and "in 2020" do not precede 10 January 2020
        Map<String, Object> b = Fixtures.agreement(Fixtures.uniqueSlug("t-early"));
        Fixtures.list(b, "milestones").add(Fixtures.milestone("2020-01-01", "MONTH", "OTHER"));
        Fixtures.list(b, "milestones").add(Fixtures.milestone("2020-01-01", "YEAR", "OTHER"));
        Fixtures.post(b).then().statusCode(201);
    }

    @Test
    void concludedOnMayNotPrecedeProposedOn() {
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-concl"));
        a.put("concludedOn", "2020-01-09");
        a.put("concludedOnPrecision", "DAY");
        Fixtures.post(a).then().statusCode(422).body("errors.field", contains("concludedOn"));
    }

    @Test
    void datesAndPrecisionsMustAgree() {
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-prec"));
        a.put("proposedOn", "2020-01-15");
        a.put("proposedOnPrecision", "MONTH");
        a.put("concludedOn", "2020-02-01");
        a.put("concludedOnPrecision", null);
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-03-01", null, "OTHER"));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2999-01-01", "YEAR", "OTHER"));
        Response r = Fixtures.post(a);
        r.then().statusCode(422);
        assertEquals(List.of("proposedOn", "concludedOnPrecision", "milestones[0].datePrecision", "milestones[1].date"),
                errorFields(r));
    }

    @Test
    void otherRulesAreCheckedTogether() {
        Map<String, Object> a = Fixtures.agreement("milestones");
        a.put("title", Map.of("fr", "Accord"));
        a.put("parties", List.of("serbia", "serbia"));
        a.put("signatories", List.of(Map.of("name", "Someone", "party", "albania")));
        Fixtures.list(a, "provisions").add(Fixtures.provision("1", "One"));
        Fixtures.list(a, "provisions").add(Fixtures.provision("1", "Again"));
        Response r = Fixtures.post(a);
        r.then().statusCode(422);
        assertEquals(List.of("slug", "title", "parties", "signatories[0].party", "provisions[1].number"), errorFields(r));
    }

    @Test
    void replaceNeedsIfMatchAndMovesTheEtag() {
        String slug = Fixtures.uniqueSlug("t-put");
        Map<String, Object> a = Fixtures.agreement(slug);
        String etag = Fixtures.create(a);
        a.put("summary", Map.of("en", "Changed.", "mk", "Изменето."));
        put(slug, null, a).then().statusCode(428).contentType(containsString("application/problem+json"));
        put(slug, "\"999\"", a).then().statusCode(412).contentType(containsString("application/problem+json"));
        String next = put(slug, etag, a).then().statusCode(200).body("summary.mk", equalTo("Изменето."))
                .extract().header("ETag");
        assertNotEquals(etag, next);
        put(slug, etag, a).then().statusCode(412);
        a.put("slug", Fixtures.uniqueSlug("t-other"));
        put(slug, next, a).then().statusCode(422).body("errors[0].field", equalTo("slug"));
        put("no-such-agreement", "\"0\"", Fixtures.agreement("no-such-agreement")).then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    @Test
    void replaceKeepsTheIdsOfRepeatedMilestones() {
        String slug = Fixtures.uniqueSlug("t-ids");
        Map<String, Object> a = Fixtures.agreement(slug);
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-03-01", "DAY", "OTHER"));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-03-01", "DAY", "OTHER"));
        Map<String, Object> second = (Map<String, Object>) Fixtures.list(a, "milestones").get(1);
        second.put("description", Map.of("en", "Another step"));
        String etag = Fixtures.create(a);
        given().when().get(BASE + slug + "/milestones").then().statusCode(200)
                .body("items.id", contains("2020-03-01-other-1", "2020-03-01-other-2"));
        // drop the first, keep the second, add a new one of the same date and type
        Fixtures.list(a, "milestones").remove(0);
        Map<String, Object> third = Fixtures.milestone("2020-03-01", "DAY", "OTHER");
        third.put("description", Map.of("en", "A third step"));
        Fixtures.list(a, "milestones").add(third);
        put(slug, etag, a).then().statusCode(200)
                .body("milestones.id", contains("2020-03-01-other-2", "2020-03-01-other-3"))
                .body("milestones.find { it.id == '2020-03-01-other-2' }.description.en", equalTo("Another step"));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String slug = Fixtures.uniqueSlug("t-patch");
        String etag = Fixtures.createWithOneMilestone(slug);
        patch(slug, null, "{\"tags\": [\"x\"]}").then().statusCode(428);
        String next = patch(slug, etag, "{\"tags\": [\"patched\"], \"facilitator\": \"UN\", \"concludedOn\": null}")
                .then().statusCode(200)
                .body("tags", contains("patched"))
                .body("facilitator", equalTo("UN"))
                .body("summary.en", equalTo("A test agreement."))
                .body("milestones[0].id", equalTo("2020-03-01-other-1"))
                .extract().header("ETag");
        patch(slug, etag, "{\"tags\": []}").then().statusCode(412);
        patch(slug, next, "{\"status\": \"SIGNED\"}").then().statusCode(422).body("errors.field", contains("status"));
        patch(slug, next, "{\"kind\": \"TREATY\"}").then().statusCode(400);
        patch(slug, next, "[1, 2]").then().statusCode(400);
        patch(slug, next, "{\"status\": \"SIGNED\", \"milestones\": [{\"date\": \"2020-04-01\", \"datePrecision\": \"DAY\","
                + " \"type\": \"SIGNED\", \"description\": {\"en\": \"Signed\"}, \"sources\": [{\"title\": \"A source\"}]}]}")
                .then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("milestones.id", contains("2020-04-01-signed-1"));
    }

    @Test
    void deleteNeedsIfMatchAndLeavesNothingBehindButATombstone() {
        String slug = Fixtures.uniqueSlug("t-del");
        String etag = Fixtures.createWithOneMilestone(slug);
        given().auth().oauth2(TestTokens.editor()).when().delete(BASE + slug).then().statusCode(428);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"77\"").when().delete(BASE + slug).then().statusCode(412);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).when().delete(BASE + slug).then().statusCode(204);
        given().when().get(BASE + slug).then().statusCode(404).contentType(containsString("application/problem+json"));
        given().when().get("/api/v1/agreements/milestones?agreement=" + slug).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).when().delete(BASE + slug).then().statusCode(404);
    }

    @Test
    void singleGetHasEtagLastModifiedAndAnswers304() {
        Response r = given().when().get(BASE + "2013-04-19-brussels-agreement");
        r.then().statusCode(200).header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("max-age"));
        given().header("If-None-Match", r.header("ETag")).when().get(BASE + "2013-04-19-brussels-agreement")
                .then().statusCode(304);
        given().header("If-None-Match", "\"12345\"").when().get(BASE + "2013-04-19-brussels-agreement")
                .then().statusCode(200);
    }

    @Test
    void unknownOrInvalidSlugsAre404Problems() {
        given().when().get(BASE + "no-such-agreement").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("title", equalTo("Not found"));
        given().when().get(BASE + "NOT%20a%20slug").then().statusCode(404);
        given().when().get(BASE + "no-such-agreement/provisions").then().statusCode(404);
        given().when().get(BASE + "no-such-agreement/milestones").then().statusCode(404);
        given().when().delete("/api/v1/about").then().statusCode(405).contentType(containsString("application/problem+json"));
    }

    @Test
    void theRequestIdIsEchoed() {
        given().header("X-Request-Id", "abc-123").when().get("/api/v1/agreements?limit=1").then().statusCode(200)
                .header("X-Request-Id", equalTo("abc-123"));
        given().when().get("/api/v1/agreements?limit=1").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void createdAgreementsShowUpInTheListFiltersAndSearch() {
        String slug = Fixtures.uniqueSlug("t-visible");
        Map<String, Object> a = Fixtures.agreement(slug);
        a.put("facilitator", "OSCE");
        Fixtures.create(a);
        given().when().get("/api/v1/agreements?facilitator=OSCE").then().statusCode(200).body("items.slug", hasItem(slug));
        given().when().get("/api/v1/agreements?facilitator=EU&limit=500").then().statusCode(200)
                .body("items.slug", not(hasItem(slug)))
                .body("items.slug", hasItems("2013-04-19-brussels-agreement"));
    }
}
