package org.ksrelations.events;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 18, step 5: the events link to the agreement records they are about. The events' relatedAgreements are the one
 * place where a link between the two datasets is stated; agreements-service's relatedEvents are their inverse.
 */
@QuarkusTest
class EventAgreementLinksTest {

    @Test
    void theEventsAboutResolution1160TheG8PrinciplesTheFinnishRussianProposalsPaceAndKosttLinkToTheirRecords() {
        linked("1998-03-31-unsc-resolution-1160", "1998-03-31-unscr-1160");
        linked("1999-01-01-g8-foreign-ministers-interim-administration-policy", "1999-g8-interim-administration-principles");
        linked("1999-06-02-finnish-russian-team-presents-proposals-to-milosevic", "1999-06-02-finnish-russian-peace-proposals");
        linked("2008-01-22-pace-resolution-calls-for-continued-talks", "2008-01-22-pace-resolution-kosovo-talks");
        linked("2020-04-01-kostt-separated-from-elektromreza-srbije", "2020-04-kostt-separation-from-ems");
    }

    @Test
    void theUngaRequestForTheIcjOpinionIsLinkedFromTheEventsAroundIt() {
        given().queryParam("agreement", "2008-10-08-unga-resolution-icj-advisory-opinion-request").queryParam("limit", 500)
                .get("/api/v1/events").then().statusCode(200)
                .body("items.slug", containsInAnyOrder(
                        "2008-03-27-jeremic-announces-icj-referral",
                        "2008-08-15-serbia-requests-icj-advisory-opinion",
                        "2008-10-08-unga-refers-kosovo-declaration-to-icj",
                        "2010-07-22-icj-advisory-opinion-declaration-did-not-violate-international-law"));
    }

    @Test
    void theEventsAboutThe2007DraftResolutionsLinkToTheirOwnRecords() {
        given().get("/api/v1/events/2007-05-11-draft-unsc-resolution-endorsing-ahtisaari-plan-submitted").then()
                .statusCode(200)
                .body("relatedAgreements", contains("2007-02-ahtisaari-plan", "2007-05-11-unsc-draft-resolution-ahtisaari-plan"));
        // Russia rejected "the other draft resolution" (the one calling for further talks), not the plan itself
        given().get("/api/v1/events/2007-07-16-russia-rejects-draft-resolution").then().statusCode(200)
                .body("relatedAgreements", contains("unsc-draft-resolution-further-talks"));
        given().queryParam("agreement", "2007-02-ahtisaari-plan").queryParam("limit", 500)
                .get("/api/v1/events").then().statusCode(200)
                .body("items.slug", not(hasItem("2007-07-16-russia-rejects-draft-resolution")));
    }

    private static void linked(String event, String agreement) {
        given().get("/api/v1/events/" + event).then().statusCode(200)
                .body("relatedAgreements", hasItem(agreement));
        given().queryParam("agreement", agreement).get("/api/v1/events").then().statusCode(200)
                .body("items.slug", hasItem(event))
                .body("items.find { it.slug == '" + event + "' }.relatedAgreements", hasItem(agreement));
    }

    @Test
    void anAgreementFilterThatIsNotASlugIsA400Problem() {
        given().queryParam("agreement", "Not A Slug!").get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
