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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Provisions and milestones: writes under the agreement's If-Match, and their lists. */
@QuarkusTest
class SubResourceWriteTest {

    private static final String BASE = "/api/v1/agreements/";

    private static Response send(String method, String path, String ifMatch, Object body) {
        var req = given().auth().oauth2(TestTokens.editor());
        if (body != null) {
            req.contentType(ContentType.JSON).body(body);
        }
        if (ifMatch != null) {
            req.header("If-Match", ifMatch);
        }
        return req.when().request(method, BASE + path);
    }

    private static String newAgreement(String prefix) {
        String slug = Fixtures.uniqueSlug(prefix);
        Map<String, Object> a = Fixtures.agreement(slug);
        Fixtures.list(a, "provisions").add(Fixtures.provision("1", "Energy"));
        Fixtures.create(a);
        return slug;
    }

    @Test
    void addingAProvisionNeedsTheAgreementsEtagAndMovesIt() {
        String slug = newAgreement("t-prov");
        String etag = Fixtures.etag(slug);
        Map<String, Object> p = Fixtures.provision("2", "Telecommunications");
        send("POST", slug + "/provisions", null, p).then().statusCode(428);
        send("POST", slug + "/provisions", "\"99\"", p).then().statusCode(412);
        String next = send("POST", slug + "/provisions", etag, p).then().statusCode(201)
                .header("Location", containsString("/provisions/2"))
                .body("number", equalTo("2")).body("topic", equalTo("Telecommunications"))
                .extract().header("ETag");
        assertNotEquals(etag, next);
        assertEquals(next, Fixtures.etag(slug));
        send("POST", slug + "/provisions", next, Fixtures.provision("2", "Again")).then().statusCode(409);
        send("POST", slug + "/provisions", next, Map.of("number", "x y", "topic", "")).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("number", "topic", "text", "implementationStatus"));
        given().when().get(BASE + slug + "/provisions").then().statusCode(200)
                .header("ETag", equalTo(next))
                .body("items.number", contains("1", "2"));
        // the full text now knows the new provision
        given().when().get("/api/v1/agreements?q=telecommunications&party=kosovo&limit=500").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.hasItem(slug));
    }

    @Test
    void replacingAndDeletingAProvision() {
        String slug = newAgreement("t-prov2");
        String etag = Fixtures.etag(slug);
        Map<String, Object> p = Fixtures.provision("1", "Energy supply");
        p.put("implementationStatus", "IN_PROGRESS");
        String next = send("PUT", slug + "/provisions/1", etag, p).then().statusCode(200)
                .body("implementationStatus", equalTo("IN_PROGRESS")).extract().header("ETag");
        send("PUT", slug + "/provisions/1", etag, p).then().statusCode(412);
        send("PUT", slug + "/provisions/1", null, p).then().statusCode(428);
        send("PUT", slug + "/provisions/9", next, Fixtures.provision("9", "None")).then().statusCode(404);
        send("PUT", slug + "/provisions/1", next, Fixtures.provision("3", "Renumbered")).then().statusCode(422)
                .body("errors[0].field", equalTo("number"));
        given().when().get("/api/v1/agreements?topic=energy supply&limit=500").then()
                .body("items.slug", org.hamcrest.Matchers.hasItem(slug));
        send("DELETE", slug + "/provisions/1", etag, null).then().statusCode(412);
        String afterDelete = send("DELETE", slug + "/provisions/1", next, null).then().statusCode(204)
                .extract().header("ETag");
        assertEquals(afterDelete, Fixtures.etag(slug));
        send("DELETE", slug + "/provisions/1", afterDelete, null).then().statusCode(404);
        given().when().get(BASE + slug + "/provisions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void addingMilestonesDerivesStableIds() {
        String slug = newAgreement("t-ms");
        String etag = Fixtures.etag(slug);
        Map<String, Object> m = Fixtures.milestone("2020-05-04", "DAY", "IMPLEMENTATION_BEGAN");
        String e1 = send("POST", slug + "/milestones", etag, m).then().statusCode(201)
                .header("Location", containsString("/milestones/2020-05-04-implementation-began-1"))
                .body("id", equalTo("2020-05-04-implementation-began-1"))
                .body("description.en", equalTo("IMPLEMENTATION_BEGAN milestone"))
                .extract().header("ETag");
        String e2 = send("POST", slug + "/milestones", e1, m).then().statusCode(201)
                .body("id", equalTo("2020-05-04-implementation-began-2")).extract().header("ETag");
        String e3 = send("POST", slug + "/milestones", e2, Fixtures.milestone(null, null, "OTHER")).then().statusCode(201)
                .body("id", equalTo("undated-other-1")).body("date", nullValue()).extract().header("ETag");
        given().when().get(BASE + slug + "/milestones").then().statusCode(200).header("ETag", equalTo(e3))
                .body("items.id", contains("2020-05-04-implementation-began-1", "2020-05-04-implementation-began-2",
                        "undated-other-1"));
        given().when().get("/api/v1/agreements/milestones?agreement=" + slug).then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aNewMilestoneIsCheckedAgainstTheProposalDate() {
        String slug = newAgreement("t-ms-early");
        String etag = Fixtures.etag(slug);
        send("POST", slug + "/milestones", etag, Fixtures.milestone("2020-01-09", "DAY", "OTHER")).then().statusCode(422)
                .body("errors.field", contains("date"));
        send("POST", slug + "/milestones", etag, Fixtures.milestone("2020-01-01", "MONTH", "OTHER")).then().statusCode(201);
        String next = Fixtures.etag(slug);
        send("POST", slug + "/milestones", next, Fixtures.milestone("2020-01-15", "YEAR", "OTHER")).then().statusCode(422)
                .body("errors.field", contains("date"));
        send("POST", slug + "/milestones", next, Fixtures.milestone("2020-02-01", null, "OTHER")).then().statusCode(422)
                .body("errors.field", contains("datePrecision"));
        Map<String, Object> noSource = Fixtures.milestone("2020-02-01", "DAY", "OTHER");
        noSource.put("sources", List.of());
        send("POST", slug + "/milestones", next, noSource).then().statusCode(422).body("errors.field", contains("sources"));
        Map<String, Object> noEnglish = Fixtures.milestone("2020-02-01", "DAY", "OTHER");
        noEnglish.put("description", Map.of("mk", "Само македонски"));
        send("POST", slug + "/milestones", next, noEnglish).then().statusCode(422).body("errors.field", contains("description"));
    }

    @Test
    void aMilestoneTheStatusRestsOnCannotBeDeleted() {
        String slug = Fixtures.uniqueSlug("t-ms-del");
        Map<String, Object> a = Fixtures.agreement(slug);
        a.put("status", "SIGNED");
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-02-01", "DAY", "SIGNED"));
        Fixtures.list(a, "milestones").add(Fixtures.milestone("2020-03-01", "DAY", "OTHER"));
        String etag = Fixtures.create(a);
        send("DELETE", slug + "/milestones/2020-02-01-signed-1", null, null).then().statusCode(428);
        send("DELETE", slug + "/milestones/2020-02-01-signed-1", etag, null).then().statusCode(422)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("SIGNED needs"));
        send("DELETE", slug + "/milestones/2020-03-01-other-1", "\"1234\"", null).then().statusCode(412);
        send("DELETE", slug + "/milestones/2020-03-01-other-9", etag, null).then().statusCode(404);
        String next = send("DELETE", slug + "/milestones/2020-03-01-other-1", etag, null).then().statusCode(204)
                .extract().header("ETag");
        given().when().get(BASE + slug).then().statusCode(200).body("milestones.id", contains("2020-02-01-signed-1"))
                .header("ETag", equalTo(next));
    }

    @Test
    void subListsPageFilterProjectAndExportCsv() {
        String slug = Fixtures.uniqueSlug("t-sub");
        Map<String, Object> a = Fixtures.agreement(slug);
        for (String n : List.of("1", "2", "3", "4", "5", "10", "11")) {
            Map<String, Object> p = Fixtures.provision(n, "Topic " + n);
            if (n.equals("4")) {
                p.put("implementationStatus", "IMPLEMENTED");
            }
            Fixtures.list(a, "provisions").add(p);
        }
        Fixtures.create(a);
        List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Response r = given().when().get(BASE + slug + "/provisions?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            r.then().statusCode(200);
            walked.addAll(r.jsonPath().getList("items.number", String.class));
            cursor = r.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("1", "2", "3", "4", "5", "10", "11"), walked);
        given().when().get(BASE + slug + "/provisions?implementationStatus=IMPLEMENTED&includeTotal=true").then()
                .statusCode(200).body("items.number", contains("4")).body("totalItems", equalTo(1));
        given().when().get(BASE + slug + "/provisions?topic=topic 1").then().statusCode(200)
                .body("items.number", contains("1", "10", "11"));
        given().when().get(BASE + slug + "/provisions?fields=number&limit=1").then().statusCode(200)
                .body("items[0].keySet()", contains("number"));
        String csv = given().accept("text/csv").when().get(BASE + slug + "/provisions?fields=number,topic").then()
                .statusCode(200).extract().asString();
        assertEquals("number,topic", csv.split("\r\n")[0]);
        given().when().get(BASE + slug + "/provisions?implementationStatus=DONE").then().statusCode(400)
                .body("errors[0].field", equalTo("implementationStatus"));
        String etag = Fixtures.etag(slug);
        given().header("If-None-Match", etag).when().get(BASE + slug + "/provisions").then().statusCode(304);
        given().when().get(BASE + slug + "/milestones?cursor=garbage").then().statusCode(400);
    }

    @Test
    void seededMilestonesListInDateOrderWithUndatedLast() {
        given().when().get(BASE + "2013-04-19-brussels-agreement/milestones?lang=en").then().statusCode(200)
                .body("items.id", contains("2013-04-19-signed-1", "2013-06-28-ratified-1",
                        "2013-12-01-implementation-began-1", "2016-12-13-other-1", "2016-12-29-other-1",
                        "2017-01-01-stalled-1"))
                .body("items[1].description", equalTo("Ratified by the Assembly of Kosovo."));
        given().when().get(BASE + "1999-06-02-finnish-russian-peace-proposals/milestones?type=AGREED_IN_PRINCIPLE").then()
                .statusCode(200).body("items.id", contains("undated-agreed-in-principle-1"));
        given().when().get(BASE + "2013-04-19-brussels-agreement/milestones?limit=2").then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue());
    }

    @Test
    void childListsHoldNothingUnlessTheAgreementChangedAfterUpdatedSince() {
        String slug = "2013-04-19-brussels-agreement";
        for (String children : List.of("provisions", "milestones")) {
            int all = given().when().get(BASE + slug + "/" + children + "?limit=500").then().statusCode(200)
                    .extract().jsonPath().getList("items").size();
            assertNotEquals(0, all, children);
            given().when().get(BASE + slug + "/" + children + "?limit=500&updatedSince=2000-01-01T00:00:00Z").then()
                    .statusCode(200).body("items", hasSize(all));
            given().when().get(BASE + slug + "/" + children + "?updatedSince=2999-01-01T00:00:00Z").then()
                    .statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
            given().when().get(BASE + slug + "/" + children + "?updatedSince=yesterday").then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
        }
    }
}
