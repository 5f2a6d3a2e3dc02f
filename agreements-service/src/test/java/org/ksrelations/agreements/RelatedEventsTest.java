package org.ksrelations.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, step 5: links both ways. The events' relatedAgreements (events-service's seed files) are the one place a
 * link is stated; every agreement's relatedEvents is exactly their inverse, so the two cannot drift unnoticed.
 */
@QuarkusTest
class RelatedEventsTest {

    static final Path EVENT_SEEDS = Path.of("..", "events-service", "src", "main", "resources", "seed", "events");

    @Test
    void everyAgreementServesAsRelatedEventsExactlyTheEventsThatLinkToIt() throws Exception {
        Map<String, TreeSet<String>> inverse = inverseOfEventLinks();
        List<String> slugs = given().queryParam("limit", 500).queryParam("fields", "slug")
                .get("/api/v1/agreements").then().statusCode(200).extract().path("items.slug");
        assertTrue(slugs.containsAll(inverse.keySet()), "every event link resolves to an agreement: " + inverse.keySet());
        for (String slug : slugs) {
            List<String> served = given().get("/api/v1/agreements/" + slug).then().statusCode(200)
                    .extract().path("relatedEvents");
            assertEquals(inverse.getOrDefault(slug, new TreeSet<>()), new TreeSet<>(served), slug);
        }
    }

    @Test
    void theUngaRequestForTheIcjOpinionListsTheFourEventsAroundIt() {
        given().get("/api/v1/agreements/2008-10-08-unga-resolution-icj-advisory-opinion-request").then().statusCode(200)
                .body("relatedEvents", containsInAnyOrder(
                        "2008-03-27-jeremic-announces-icj-referral",
                        "2008-08-15-serbia-requests-icj-advisory-opinion",
                        "2008-10-08-unga-refers-kosovo-declaration-to-icj",
                        "2010-07-22-icj-advisory-opinion-declaration-did-not-violate-international-law"));
    }

    @Test
    void theTechnicalAgreementsOf2011ThatNoEventIsAboutHaveNoRelatedEvents() {
        given().get("/api/v1/agreements/cadastre").then().statusCode(200)
                .body("relatedEvents", empty());
    }

    static Map<String, TreeSet<String>> inverseOfEventLinks() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, TreeSet<String>> inverse = new TreeMap<>();
        for (String file : List.of("en.json", "mk.json")) {
            JsonNode events = json.readTree(Files.readString(EVENT_SEEDS.resolve(file)));
            for (JsonNode e : events) {
                for (JsonNode a : e.path("relatedAgreements")) {
                    inverse.computeIfAbsent(a.asText(), k -> new TreeSet<>()).add(e.path("slug").asText());
                }
            }
        }
        return inverse;
    }
}
