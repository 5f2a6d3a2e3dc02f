package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The changes feed (upserts and tombstones) and the dataset's identity. */
@QuarkusTest
class ChangesAndAboutTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> feed(String since) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Response r = given().when().get("/api/v1/agreements/changes?limit=2&since=" + since
                    + (cursor == null ? "" : "&cursor=" + cursor));
            r.then().statusCode(200);
            all.addAll((List<Map<String, Object>>) (List<?>) r.jsonPath().getList("items", Map.class));
            cursor = r.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void theFeedShowsUpsertsThenATombstoneForADeletion() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString();
        String slug = Fixtures.uniqueSlug("t-feed");
        String etag = Fixtures.create(Fixtures.agreement(slug));
        List<Map<String, Object>> afterCreate = feed(since);
        Map<String, Object> upsert = afterCreate.stream().filter(c -> slug.equals(c.get("slug"))).findFirst().orElseThrow();
        assertEquals("UPSERT", upsert.get("change"));
        assertTrue(upsert.get("agreement") instanceof Map);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).when()
                .delete("/api/v1/agreements/" + slug).then().statusCode(204);
        List<Map<String, Object>> afterDelete = feed(since);
        List<Map<String, Object>> mine = afterDelete.stream().filter(c -> slug.equals(c.get("slug"))).toList();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("DELETE", mine.get(0).get("change"));
        assertEquals(null, mine.get(0).get("agreement"));
        // oldest first
        List<String> at = afterDelete.stream().map(c -> (String) c.get("at")).toList();
        for (int i = 1; i < at.size(); i++) {
            assertTrue(OffsetDateTime.parse(at.get(i - 1)).compareTo(OffsetDateTime.parse(at.get(i))) <= 0);
        }
    }

    @Test
    void aChangeToAProvisionIsAnUpsertOfItsAgreement() {
        String slug = Fixtures.uniqueSlug("t-feed-prov");
        String etag = Fixtures.create(Fixtures.agreement(slug));
        String at = feed("2000-01-01T00:00:00Z").stream().filter(c -> slug.equals(c.get("slug")))
                .map(c -> (String) c.get("at")).findFirst().orElseThrow();
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/json")
                .body(Fixtures.provision("1", "Feed")).when().post("/api/v1/agreements/" + slug + "/provisions")
                .then().statusCode(201);
        List<Map<String, Object>> later = feed(at);
        assertTrue(later.stream().anyMatch(c -> slug.equals(c.get("slug")) && "UPSERT".equals(c.get("change"))), later.toString());
    }

    @Test
    void theFeedFromTheStartHasEverySeededAgreementAndRejectsBadInput() {
        List<Map<String, Object>> all = feed("2000-01-01T00:00:00Z");
        assertTrue(all.stream().anyMatch(c -> "2013-04-19-brussels-agreement".equals(c.get("slug"))));
        given().when().get("/api/v1/agreements/changes?since=soon").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().when().get("/api/v1/agreements/changes?cursor=nonsense").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().when().get("/api/v1/agreements/changes?since=2000-01-01T00:00:00Z&limit=1&lang=en").then()
                .statusCode(200).body("items[0].agreement.lang", equalTo("en"));
    }

    @Test
    void aboutGivesVersionCountsLicenceAndCitation() {
        given().when().get("/api/v1/about").then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("dataset", equalTo("agreements"))
                .body("version", equalTo("2026.11.1"))
                .body("counts.agreements", greaterThanOrEqualTo(26))
                .body("counts.provisions", greaterThanOrEqualTo(60))
                .body("counts.milestones", greaterThanOrEqualTo(52))
                .body("licence", containsString("CC BY-SA"))
                .body("howToCite", containsString("agreements dataset, version 2026.11.1"))
                .body("lastUpdated", notNullValue());
    }
}
