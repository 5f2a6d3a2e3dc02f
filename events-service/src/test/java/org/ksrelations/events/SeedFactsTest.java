package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.Facts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** Facts of the seed documents, checked through the API. */
@QuarkusTest
class SeedFactsTest {

    @Test
    void declarationOfIndependenceIsOn17February2008WithBothLanguages() {
        Facts.at("/api/v1/events/2008-02-17-kosovo-declares-independence?lang=all", """
                {"date": "2008-02-17", "datePrecision": "DAY", "category": "DECLARATION"}
                """)
                .body("title.en", containsString("independence"))
                .body("title.mk", notNullValue())
                .body("sources.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void brusselsAgreementIsOn19April2013AndLinkedToTheAgreement() {
        Facts.at("/api/v1/events/2013-04-19-brussels-agreement-reached", """
                {"date": "2013-04-19"}
                """)
                .body("relatedAgreements", hasItem("2013-04-19-brussels-agreement"))
                .body("places", hasItem("Brussels"))
                .body("actors.slug", hasItem("hashim-thaci"));
    }

    @Test
    void theArticlesCitationsBecomeSources() {
        given().get("/api/v1/events?from=2008-02-18&to=2008-02-18").then().statusCode(200)
                .body("items[0].sources.publisher", hasItem("Reuters"))
                .body("items[0].sources.url", hasItem(containsString("reuters.com")));
    }

    @Test
    void theMacedonianDocumentGivesTheEarlyTwentiethCenturyWithYearPrecision() {
        given().get("/api/v1/events?to=1930&lang=all&limit=500").then().statusCode(200)
                .body("items.size()", greaterThan(5))
                .body("items.datePrecision", hasItem("YEAR"))
                .body("items[0].title.mk", notNullValue());
    }

    @Test
    void theTimelineSpansTheThreeDocuments() {
        given().get("/api/v1/events?limit=1&sort=date").then().body("items[0].date", lessThanOrEqualTo("1918-01-01"));
        given().get("/api/v1/events?limit=1&sort=-date").then().body("items[0].date", equalTo("2023-02-27"));
        given().get("/api/v1/events?limit=1&includeTotal=true").then().body("totalItems", greaterThanOrEqualTo(100));
    }
}
