package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.ksrelations.events.seed.SeedLoader;
import org.ksrelations.testing.SeedRetirements;
import org.ksrelations.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue 18: the corrections of the curated events, and how an event removed from the seed leaves the service. */
@QuarkusTest
class DataCorrectionsTest {

    @Inject
    SeedLoader seed;

    @Test
    void theIcjAdvisoryOpinionIsDatedTo22July2010AsTheMacedonianDocumentSays() {
        given().get("/api/v1/events?from=2010-07&to=2010-07&lang=all").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].date", equalTo("2010-07-22"))
                .body("items[0].datePrecision", equalTo("DAY"))
                .body("items[0].sources.quote", hasItem(
                        "На 22 јули 2010 година, судот пресудил дека декларацијата не го прекршува меѓународното право"));
    }

    @Test
    void theUndatedBalkanWarsEventIsGoneAndTheTimelineStartsIn1918() {
        given().get("/api/v1/events/1912-01-01-kosovo-administered-by-kingdom-of-serbia-after-balkan-wars")
                .then().statusCode(404);
        given().get("/api/v1/events?limit=1&sort=date").then().statusCode(200)
                .body("items[0].date", equalTo("1918-01-01"));
    }

    @Test
    void theHighLevelDialogueIsAnEventOf2013() {
        given().get("/api/v1/events?q=\"High Level Dialogue\"&from=2013&to=2013&category=NEGOTIATION").then()
                .statusCode(200)
                .body("items[0].date", equalTo("2013-01-01"))
                .body("items[0].datePrecision", equalTo("YEAR"))
                .body("items[0].relatedAgreements", hasItem("2013-04-19-brussels-agreement"));
    }

    @Test
    void aSeededEventNoLongerInTheSeedFilesIsRemovedWithATombstoneButAnEditedOneStays() throws Exception {
        SeedRetirements.onlyTheSeededRecordIsRetired("event", "2008-02-17-kosovo-declares-independence",
                "retired-" + UUID.randomUUID().toString().substring(0, 8),
                "kept-" + UUID.randomUUID().toString().substring(0, 8),
                slug -> given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                        .body("{\"slug\":\"" + slug + "\",\"date\":\"2001-01-01\",\"datePrecision\":\"YEAR\","
                                + "\"title\":{\"en\":\"t\"},\"summary\":{\"en\":\"s\"},\"category\":\"DIPLOMACY\","
                                + "\"sources\":[{\"title\":\"x\"}]}")
                        .post("/api/v1/events").then().statusCode(201),
                seed::load);
    }
}
