package org.ksrelations.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.ksrelations.events.seed.SeedLoader;
import org.ksrelations.testing.TestTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue 18: the corrections of the curated events, and how an event removed from the seed leaves the service. */
@QuarkusTest
class DataCorrectionsTest {

    @Inject
    SeedLoader seed;

    @Inject
    EntityManager em;

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
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString();
        String retired = "retired-" + UUID.randomUUID().toString().substring(0, 8);
        String edited = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        for (String slug : new String[] {retired, edited}) {
            given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                    .body("{\"slug\":\"" + slug + "\",\"date\":\"2001-01-01\",\"datePrecision\":\"YEAR\","
                            + "\"title\":{\"en\":\"t\"},\"summary\":{\"en\":\"s\"},\"category\":\"DIPLOMACY\","
                            + "\"sources\":[{\"title\":\"x\"}]}")
                    .post("/api/v1/events").then().statusCode(201);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update event set origin = 'SEED', seed_hash = 'old' where slug = ?1")
                .setParameter(1, retired).executeUpdate());

        seed.load();

        given().get("/api/v1/events/" + retired).then().statusCode(404);
        given().get("/api/v1/events/" + edited).then().statusCode(200);
        given().get("/api/v1/events/2008-02-17-kosovo-declares-independence").then().statusCode(200);
        given().queryParam("since", since).queryParam("limit", 500).get("/api/v1/events/changes").then()
                .statusCode(200)
                .body("items.find { it.slug == '" + retired + "' }.change", equalTo("DELETE"));
    }
}
