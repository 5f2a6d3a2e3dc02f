package org.ksrelations.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Facts;
import org.ksrelations.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Editor writes. Each test works on its own seeded state that does not recognise Kosovo and removes what it
 * added, so the seeded counts other tests check stay true.
 */
@QuarkusTest
class WritesTest {

    private static final String VALID = Api.act("RECOGNITION", "2024-03-01", "DAY");

    @Test
    void writesNeedAValidEditorToken() {
        String etag = Api.etag("AM");
        String path = "/api/v1/states/AM/acts";
        given().contentType("application/json").header("If-Match", etag).body(VALID).post(path).then().statusCode(401)
                .contentType(containsString("application/problem+json")).header("WWW-Authenticate", notNullValue());
        given().auth().oauth2(TestTokens.expiredEditor()).contentType("application/json").header("If-Match", etag)
                .body(VALID).post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.foreignEditor()).contentType("application/json").header("If-Match", etag)
                .body(VALID).post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).contentType("application/json").header("If-Match", etag)
                .body(VALID).post(path).then().statusCode(403).contentType(containsString("application/problem+json"));
        given().header("If-Match", etag).delete(path + "/am-recognition-2024-03-01").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).header("If-Match", etag).delete(path + "/am-recognition-2024-03-01")
                .then().statusCode(403);
        given().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"note\": \"x\"}")
                .patch("/api/v1/states/AM").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"note\": \"x\"}").patch("/api/v1/states/AM").then().statusCode(403);
        assertEquals(etag, Api.etag("AM"));
    }

    @Test
    void writesNeedAnIfMatchThatIsCurrent() {
        Api.editor().contentType("application/json").body(VALID).post("/api/v1/states/AO/acts").then().statusCode(428)
                .contentType(containsString("application/problem+json"));
        Api.editor().contentType("application/json").header("If-Match", "\"987654\"").body(VALID)
                .post("/api/v1/states/AO/acts").then().statusCode(412);
        Api.editor().contentType("application/merge-patch+json").body("{\"note\": \"x\"}").patch("/api/v1/states/AO")
                .then().statusCode(428);
        Api.editor().contentType("application/merge-patch+json").header("If-Match", "\"987654\"").body("{\"note\": \"x\"}")
                .patch("/api/v1/states/AO").then().statusCode(412);
        String id = Api.create("AO", VALID);
        Api.editor().delete("/api/v1/states/AO/acts/" + id).then().statusCode(428);
        Api.editor().header("If-Match", "\"987654\"").delete("/api/v1/states/AO/acts/" + id).then().statusCode(412);
        Api.delete("AO", id);
    }

    @Test
    void aNewRecognitionChangesTheStanceTheAsOfAndTheVersionAndCanBeDeleted() {
        String before = Api.etag("DZ");
        assertEquals("DOES_NOT_RECOGNIZE", Api.stance("DZ"));
        Response r = Api.editor().contentType("application/json").header("If-Match", before).body(VALID)
                .post("/api/v1/states/dz/acts");
        Facts.of(r.then().statusCode(201).header("Location", containsString("/api/v1/states/DZ")), """
                {"id": "dz-recognition-2024-03-01", "state": "DZ", "stateName": "Algeria", "region": "AFRICA",
                 "type": "RECOGNITION", "verified": true, "sources[0].title": "Test source"}
                """);
        String after = r.header("ETag");
        assertNotEquals(before, after);
        assertEquals(after, Api.etag("DZ"));
        assertEquals("RECOGNIZES", Api.stance("DZ"));
        given().get("/api/v1/states/DZ").then().body("recognizedOn", equalTo("2024-03-01"));
        given().get("/api/v1/states?stance=RECOGNIZES&limit=500").then().body("items.code", hasItem("DZ"));
        given().get("/api/v1/recognitions/as-of/2024-02-29?stance=DOES_NOT_RECOGNIZE").then()
                .body("items.code", hasItem("DZ"));
        given().get("/api/v1/recognitions/as-of/2024-03-01?stance=RECOGNIZES").then().body("items.code", hasItem("DZ"));
        given().get("/api/v1/recognitions?state=DZ").then().body("items.id", containsInAnyOrder("dz-recognition-2024-03-01"));

        Api.editor().header("If-Match", after).delete("/api/v1/states/DZ/acts/dz-recognition-2024-03-01").then()
                .statusCode(204);
        assertEquals("DOES_NOT_RECOGNIZE", Api.stance("DZ"));
        given().get("/api/v1/recognitions?state=DZ").then().body("items.size()", equalTo(0));
        Api.editor().header("If-Match", Api.etag("DZ")).delete("/api/v1/states/DZ/acts/dz-recognition-2024-03-01")
                .then().statusCode(404);
    }

    @Test
    void aSequenceOfActsIsDerivedStepByStep() {
        String rec = Api.create("AR", Api.act("RECOGNITION", "2010-05-05", "DAY"));
        assertEquals("RECOGNIZES", Api.stance("AR"));
        String claim = Api.create("AR", Api.act("WITHDRAWAL_CLAIMED", "2019-01-01", "MONTH"));
        assertEquals("WITHDRAWAL_CLAIMED", Api.stance("AR"));
        String deny = Api.create("AR", Api.act("WITHDRAWAL_DENIED", "2019-01-01", "MONTH"));
        assertEquals("DISPUTED", Api.stance("AR"));
        given().get("/api/v1/states/AR").then().body("acts.id", org.hamcrest.Matchers.contains(rec, claim, deny));
        // the recognition cannot go while the withdrawal depends on it
        Api.editor().header("If-Match", Api.etag("AR")).delete("/api/v1/states/AR/acts/" + rec).then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        Api.delete("AR", deny);
        assertEquals("WITHDRAWAL_CLAIMED", Api.stance("AR"));
        Api.delete("AR", claim);
        assertEquals("RECOGNIZES", Api.stance("AR"));
        Api.delete("AR", rec);
        assertEquals("DOES_NOT_RECOGNIZE", Api.stance("AR"));
    }

    @Test
    void anUndatedActAndAYearPrecisionIn2008AreAccepted() {
        String undated = Api.create("AZ", Api.act("RECOGNITION", null, null));
        assertEquals("az-recognition-undated", undated);
        assertEquals("RECOGNIZES", Api.stance("AZ"));
        given().get("/api/v1/recognitions/as-of/2030-01-01?stance=RECOGNIZES").then().body("items.code", not(hasItem("AZ")));
        Api.delete("AZ", undated);
        String year = Api.create("AZ", Api.act("RECOGNITION", "2008-01-01", "YEAR"));
        Api.delete("AZ", year);
    }

    @Test
    void theSameActTwiceIsAConflict() {
        String id = Api.create("BO", VALID);
        Api.editor().contentType("application/json").header("If-Match", Api.etag("BO")).body(VALID)
                .post("/api/v1/states/BO/acts").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        Api.delete("BO", id);
    }

    private static Response post(String code, String body) {
        return Api.editor().contentType("application/json").header("If-Match", Api.etag(code)).body(body)
                .post("/api/v1/states/" + code + "/acts");
    }

    private static void rejected(String code, String body, String field) {
        post(code, body).then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("status", equalTo(422)).body("errors.field", hasItem(field));
    }

    @Test
    void everyActRuleIsA422NamingTheField() {
        String etag = Api.etag("BR");
        rejected("BR", Api.act("RECOGNITION", "2008-02-16", "DAY"), "date");
        rejected("BR", Api.act("RECOGNITION_FORMALISED", "2007-01-01", "YEAR"), "date");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        rejected("BR", Api.act("RECOGNITION", tomorrow, "DAY"), "date");
        rejected("BR", Api.act("WITHDRAWAL_CLAIMED", "2019-01-01", "DAY"), "type");
        rejected("BR", Api.act("WITHDRAWAL_DENIED", "2019-01-01", "DAY"), "type");
        rejected("BR", Api.act("RECOGNITION_CONTESTED", "2019-01-01", "DAY"), "type");
        rejected("BR", Api.act("RECOGNITION", "2010-05-15", "MONTH"), "date");
        rejected("BR", Api.act("RECOGNITION", "2010-05-01", "YEAR"), "date");
        rejected("BR", Api.act("RECOGNITION", "2010-05-01", null), "datePrecision");
        rejected("BR", Api.act("RECOGNITION", null, "DAY"), "datePrecision");
        rejected("BR", "{\"date\": \"2010-05-05\", \"datePrecision\": \"DAY\", \"verified\": true,"
                + " \"sources\": [{\"title\": \"t\"}]}", "type");
        rejected("BR", "{\"type\": \"RECOGNITION\", \"date\": \"2010-05-05\", \"datePrecision\": \"DAY\","
                + " \"verified\": true, \"sources\": []}", "sources");
        rejected("BR", "{\"type\": \"RECOGNITION\", \"date\": \"2010-05-05\", \"datePrecision\": \"DAY\","
                + " \"sources\": [{\"title\": \"t\"}]}", "verified");
        rejected("BR", "{\"type\": \"RECOGNITION\", \"date\": \"2010-05-05\", \"datePrecision\": \"DAY\", \"verified\": true,"
                + " \"sources\": [{\"title\": \"t\", \"url\": \"ftp://x\"}]}", "sources[0].url");
        assertEquals(etag, Api.etag("BR"));
        assertEquals("DOES_NOT_RECOGNIZE", Api.stance("BR"));
    }

    @Test
    void aWithdrawalBeforeTheRecognitionIsRejected() {
        String rec = Api.create("BT", Api.act("RECOGNITION", "2015-05-05", "DAY"));
        rejected("BT", Api.act("WITHDRAWAL_CLAIMED", "2014-01-01", "DAY"), "type");
        rejected("BT", Api.act("WITHDRAWAL_DENIED", "2016-01-01", "DAY"), "type");
        Api.delete("BT", rec);
    }

    @Test
    void allBrokenRulesAreListedTogether() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(40).withDayOfMonth(15).toString();
        post("BW", Api.act("WITHDRAWAL_DENIED", tomorrow, "MONTH")).then().statusCode(422)
                .body("errors.field", hasItem("date"))
                .body("errors.field", hasItem("type"))
                .body("errors.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    }

    @Test
    void anUnknownStateIsA422InTheBodyAndA404InThePath() {
        rejected("BY", "{\"state\": \"QQ\", \"type\": \"RECOGNITION\", \"date\": \"2010-05-05\", \"datePrecision\": \"DAY\","
                + " \"verified\": true, \"sources\": [{\"title\": \"t\"}]}", "state");
        rejected("BY", "{\"state\": \"DE\", \"type\": \"RECOGNITION\", \"date\": \"2010-05-05\", \"datePrecision\": \"DAY\","
                + " \"verified\": true, \"sources\": [{\"title\": \"t\"}]}", "state");
        String id = Api.create("BY", "{\"state\": \"by\", \"type\": \"RECOGNITION\", \"date\": \"2010-05-05\","
                + " \"datePrecision\": \"DAY\", \"verified\": false, \"sources\": [{\"title\": \"t\"}]}");
        Api.delete("BY", id);
        Api.editor().contentType("application/json").header("If-Match", "\"0\"").body(VALID)
                .post("/api/v1/states/QQ/acts").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        Api.editor().contentType("application/json").header("If-Match", "\"0\"").body(VALID)
                .post("/api/v1/states/not-a-state/acts").then().statusCode(404);
        Api.editor().header("If-Match", "\"0\"").delete("/api/v1/states/QQ/acts/qq-recognition-2024-03-01").then()
                .statusCode(404);
    }

    @Test
    void malformedBodiesAre400() {
        post("CD", "{not json").then().statusCode(400).contentType(containsString("application/problem+json"));
        post("CD", "{\"type\": \"ANNEXATION\", \"verified\": true, \"sources\": [{\"title\": \"t\"}]}").then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        post("CD", "{\"type\": \"RECOGNITION\", \"date\": \"someday\", \"datePrecision\": \"DAY\", \"verified\": true,"
                + " \"sources\": [{\"title\": \"t\"}]}").then().statusCode(400).body("errors[0].field", equalTo("date"));
        Api.editor().contentType("text/plain").header("If-Match", Api.etag("CD")).body("hello")
                .post("/api/v1/states/CD/acts").then().statusCode(415);
    }

    @Test
    void aMergePatchChangesNoteUnMemberAndRegionOnly() {
        String etag = Api.etag("CG");
        String note = given().get("/api/v1/states/CG").then().extract().path("note");
        Response r = Api.editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"note\": \"Checked by the test\"}").patch("/api/v1/states/cg");
        r.then().statusCode(200).body("note", equalTo("Checked by the test")).body("unMember", equalTo(true))
                .body("region", equalTo("AFRICA")).body("stance", equalTo("DOES_NOT_RECOGNIZE"));
        String etag2 = r.header("ETag");
        assertNotEquals(etag, etag2);
        given().get("/api/v1/states?q=checked&limit=500").then().body("items.code", hasItem("CG"));
        Api.editor().contentType("application/merge-patch+json").header("If-Match", etag2)
                .body("{\"name\": \"Congo\", \"stance\": \"RECOGNIZES\"}").patch("/api/v1/states/CG").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("name", "stance"));
        Api.editor().contentType("application/merge-patch+json").header("If-Match", etag2)
                .body("{\"region\": null}").patch("/api/v1/states/CG").then().statusCode(422)
                .body("errors[0].field", equalTo("region"));
        Api.editor().contentType("application/merge-patch+json").header("If-Match", etag2)
                .body("{\"unMember\": \"perhaps\"}").patch("/api/v1/states/CG").then().statusCode(400);
        Api.editor().contentType("application/merge-patch+json").header("If-Match", etag2)
                .body("[1]").patch("/api/v1/states/CG").then().statusCode(400);
        Api.editor().contentType("application/merge-patch+json").header("If-Match", etag2)
                .body("{\"note\": null}").patch("/api/v1/states/CG").then().statusCode(200).body("note", nullValue());
        Api.editor().contentType("application/merge-patch+json").header("If-Match", Api.etag("CG"))
                .body("{\"note\": \"" + note + "\"}").patch("/api/v1/states/CG").then().statusCode(200)
                .body("note", equalTo(note));
    }

    @Test
    void theChangesFeedShowsUpsertsAndTheTombstoneOfADeletedAct() {
        String since = given().get("/api/v1/recognitions/changes?limit=500").then().statusCode(200).extract()
                .jsonPath().getList("items.at", String.class).stream().max(String::compareTo).orElseThrow();
        String id = Api.create("CL", Api.act("RECOGNITION", "2012-12-12", "DAY"));
        Api.delete("CL", id);
        List<java.util.Map<String, Object>> items = given().get("/api/v1/recognitions/changes?since=" + since).then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertEquals(1, items.stream().filter(i -> "DELETE".equals(i.get("change")) && "ACT".equals(i.get("resource"))
                && id.equals(i.get("id")) && i.get("act") == null).count());
        assertEquals(1, items.stream().filter(i -> "UPSERT".equals(i.get("change")) && "STATE".equals(i.get("resource"))
                && "CL".equals(i.get("id")) && i.get("state") != null).count());
    }

    @Test
    void theChangesFeedPagesWithoutDuplicates() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        int total = 0;
        do {
            io.restassured.path.json.JsonPath j = given().queryParam("limit", 40)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/recognitions/changes").then()
                    .statusCode(200).extract().jsonPath();
            List<java.util.Map<String, Object>> items = j.getList("items");
            for (java.util.Map<String, Object> i : items) {
                String key = i.get("change") + "/" + i.get("resource") + "/" + i.get("id") + "/" + i.get("at");
                org.junit.jupiter.api.Assertions.assertTrue(seen.add(key), "duplicate " + key);
            }
            total += items.size();
            cursor = j.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        org.junit.jupiter.api.Assertions.assertTrue(total >= 197 + 149 + 6, "feed has every record: " + total);
        given().get("/api/v1/recognitions/changes?since=tomorrow").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().get("/api/v1/recognitions/changes?since=2999-01-01T00:00:00Z").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }
}
