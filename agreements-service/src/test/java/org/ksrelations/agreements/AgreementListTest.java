package org.ksrelations.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every filter of GET /api/v1/agreements, alone and combined, on the seed and on data built here. */
@QuarkusTest
class AgreementListTest {

    private static final String LIST = "/api/v1/agreements";

    private static List<String> slugs(String query) {
        return given().when().get(LIST + "?limit=500&fields=slug" + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }

    /** Three agreements sharing a party slug no other test uses. */
    private static String threeWithOwnParty(List<String> created) {
        String party = Fixtures.uniqueSlug("party");
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-list-a"));
        a.put("parties", List.of("serbia", party));
        a.put("facilitator", "EU");
        a.put("kind", "TECHNICAL_AGREEMENT");
        a.put("proposedOn", "2012-03-01");
        a.put("proposedOnPrecision", "MONTH");
        Fixtures.list(a, "provisions").add(Fixtures.provision("1", "Customs stamps"));
        Map<String, Object> b = Fixtures.agreement(Fixtures.uniqueSlug("t-list-b"));
        b.put("parties", List.of(party, "kosovo"));
        b.put("facilitator", "US");
        b.put("kind", "BILATERAL_AGREEMENT");
        b.put("status", "SIGNED");
        b.put("proposedOn", "2020-09-01");
        b.put("concludedOn", "2020-09-04");
        b.put("concludedOnPrecision", "DAY");
        Fixtures.list(b, "milestones").add(Fixtures.milestone("2020-09-04", "DAY", "SIGNED"));
        Fixtures.list(b, "provisions").add(Fixtures.provision("1", "Rail links"));
        Map<String, Object> c = Fixtures.agreement(Fixtures.uniqueSlug("t-list-c"));
        c.put("parties", List.of(party));
        c.put("facilitator", "NONE");
        c.put("proposedOn", null);
        c.put("proposedOnPrecision", null);
        c.put("stage", "IMPLEMENTATION");
        c.put("process", "EU_DIALOGUE");
        for (Map<String, Object> x : List.of(a, b, c)) {
            Fixtures.create(x);
            created.add((String) x.get("slug"));
        }
        return party;
    }

    @Test
    void statusFilterKeepsOnlyThatStatusAndTakesSeveralValues() {
        given().when().get(LIST + "?status=RATIFIED&limit=500").then().statusCode(200)
                .body("items.status", everyItem(equalTo("RATIFIED")))
                .body("items.slug", hasItem("2013-04-19-brussels-agreement"));
        given().when().get(LIST + "?status=rejected,PROPOSED&limit=500").then().statusCode(200)
                .body("items.status", everyItem(in(List.of("REJECTED", "PROPOSED"))))
                .body("items.slug", hasItems("2007-02-ahtisaari-plan", "cadastre"));
        given().when().get(LIST + "?status=REJECTED&status=IMPLEMENTED&limit=500").then().statusCode(200)
                .body("items.status", everyItem(in(List.of("REJECTED", "IMPLEMENTED"))))
                .body("items.slug", hasItem("2008-10-08-unga-resolution-icj-advisory-opinion-request"));
    }

    @Test
    void unknownEnumValuesAreA400NamingTheParameter() {
        for (String p : List.of("status", "kind", "stage", "process")) {
            given().when().get(LIST + "?" + p + "=NOPE").then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo(p));
        }
    }

    @Test
    void kindFilter() {
        given().when().get(LIST + "?kind=UN_RESOLUTION&limit=500").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("UN_RESOLUTION")))
                .body("items.slug", hasItems("1999-06-10-unscr-1244", "2010-09-09-unga-resolution-64-298"))
                .body("items.slug", not(hasItem("2013-04-19-brussels-agreement")));
    }

    @Test
    void stageAndProcessFilters() {
        given().when().get(LIST + "?process=US_MEDIATED&limit=500").then().statusCode(200)
                .body("items.process", everyItem(equalTo("US_MEDIATED")))
                .body("items.slug", hasItems("2020-09-04-washington-agreement", "2020-01-20-flights-agreement"));
        given().when().get(LIST + "?stage=FRAMEWORK_COMPREHENSIVE&limit=500").then().statusCode(200)
                .body("items.stage", everyItem(equalTo("FRAMEWORK_COMPREHENSIVE")))
                .body("items.slug", hasItem("2013-04-19-brussels-agreement"));
    }

    @Test
    void facilitatorFilterIsAnExactCodeAnyCase() {
        given().when().get(LIST + "?facilitator=US&limit=500").then().statusCode(200)
                .body("items.facilitator", everyItem(equalTo("US")))
                .body("items.slug", hasItem("2020-09-04-washington-agreement"));
        assertEquals(slugs("facilitator=EU"), slugs("facilitator=eu"));
        // exact: "E" is not a prefix match
        given().when().get(LIST + "?facilitator=E").then().statusCode(200).body("items", empty());
        given().when().get(LIST + "?facilitator=E U").then().statusCode(400).body("errors[0].field", equalTo("facilitator"));
    }

    @Test
    void partyFilterMatchesAnActorSlugInParties() {
        given().when().get(LIST + "?party=serbia&limit=500").then().statusCode(200)
                .body("items.parties", everyItem(hasItem("serbia")))
                .body("items.slug", not(hasItem("2020-04-kostt-separation-from-ems")));
        List<String> created = new ArrayList<>();
        String party = threeWithOwnParty(created);
        assertEquals(created.stream().sorted().toList(), slugs("party=" + party).stream().sorted().toList());
        given().when().get(LIST + "?party=Not A Slug").then().statusCode(400).body("errors[0].field", equalTo("party"));
    }

    @Test
    void topicFilterIsACaseInsensitiveSubstringOfAProvisionTopic() {
        given().when().get(LIST + "?topic=POLICE&limit=500").then().statusCode(200)
                .body("items.slug", hasItem("2013-04-19-brussels-agreement"));
        List<String> created = new ArrayList<>();
        String party = threeWithOwnParty(created);
        assertEquals(List.of(created.get(0)), slugs("party=" + party + "&topic=stamp"));
        assertEquals(List.of(created.get(1)), slugs("party=" + party + "&topic=rail LINKS"));
        assertEquals(List.of(), slugs("party=" + party + "&topic=nothing-like-this"));
        // LIKE wildcards are taken literally
        given().queryParam("party", party).queryParam("topic", "%").when().get(LIST).then().statusCode(200)
                .body("items", empty());
        given().queryParam("party", party).queryParam("topic", "_").when().get(LIST).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void dateRangeFiltersOnTheMainDateAndLeavesOutUndatedAgreements() {
        JsonPath body = given().when().get(LIST + "?from=2013&to=2013-12-31&limit=500").then().statusCode(200)
                .extract().jsonPath();
        List<String> dates = body.getList("items.date", String.class);
        assertTrue(dates.stream().allMatch(d -> d != null && d.startsWith("2013")), dates.toString());
        assertTrue(body.getList("items.slug", String.class).contains("2013-04-19-brussels-agreement"));
        List<String> created = new ArrayList<>();
        String party = threeWithOwnParty(created);
        // a: proposed 2012-03 (no conclusion), b: concluded 2020-09-04 (proposed 2020-09-01), c: undated
        assertEquals(List.of(created.get(0), created.get(1)), slugs("party=" + party + "&from=1900"));
        assertEquals(List.of(created.get(1)), slugs("party=" + party + "&from=2020-09-02"));
        assertEquals(List.of(created.get(0)), slugs("party=" + party + "&to=2012-03"));
        assertEquals(List.of(), slugs("party=" + party + "&from=2012-04&to=2020-09-03"));
        given().when().get(LIST + "?from=2014&to=2013").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get(LIST + "?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void fullTextSearchesTitlesSummariesProvisionsAndMacedonian() {
        given().when().get(LIST + "?q=normalisation").then().statusCode(200)
                .body("items.slug", hasItem("2013-04-19-brussels-agreement"));
        // Macedonian (simple configuration)
        given().when().get(LIST + "?q=Бриселски").then().statusCode(200)
                .body("items.slug", hasItem("2013-04-19-brussels-agreement"));
        // a word that occurs only in a provision's text
        String word = "zorbulations";
        Map<String, Object> a = Fixtures.agreement(Fixtures.uniqueSlug("t-fts"));
        Map<String, Object> p = Fixtures.provision("1", "Quarries");
        p.put("text", "The parties agree on " + word + " of the quarries.");
        Fixtures.list(a, "provisions").add(p);
        Fixtures.create(a);
        given().when().get(LIST + "?q=" + word).then().statusCode(200)
                .body("items.slug", contains(a.get("slug")));
        // english stemming: "quarry" finds "Quarries"
        given().when().get(LIST + "?q=quarry " + word).then().statusCode(200)
                .body("items.slug", contains(a.get("slug")));
        given().when().get(LIST + "?q=" + "x".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void relevanceIsTheDefaultOrderWithQAndNeedsQ() {
        JsonPath body = given().when().get(LIST + "?q=brussels&limit=500").then().statusCode(200).extract().jsonPath();
        assertTrue(body.getList("items").size() > 1);
        given().when().get(LIST + "?sort=relevance").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().when().get(LIST + "?sort=sideways").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void dateSortPutsUndatedAgreementsLastInBothDirections() {
        JsonPath asc = given().when().get(LIST + "?limit=500&fields=slug,date").then().statusCode(200).extract().jsonPath();
        List<String> dates = asc.getList("items.date", String.class);
        int firstNull = dates.indexOf(null);
        assertTrue(firstNull > 0);
        assertTrue(dates.subList(firstNull, dates.size()).stream().allMatch(d -> d == null));
        List<String> dated = dates.subList(0, firstNull);
        assertEquals(dated.stream().sorted().toList(), dated);
        List<String> desc = given().when().get(LIST + "?limit=500&fields=slug,date&sort=-date").then().statusCode(200)
                .extract().jsonPath().getList("items.date", String.class);
        int descNull = desc.indexOf(null);
        assertTrue(desc.subList(descNull, desc.size()).stream().allMatch(d -> d == null));
        List<String> descDated = desc.subList(0, descNull);
        assertEquals(descDated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descDated);
    }

    @Test
    void titleSortIsByEnglishTitle() {
        List<String> titles = given().when().get(LIST + "?limit=500&sort=title&lang=en&fields=title").then()
                .statusCode(200).extract().jsonPath().getList("items.title", String.class);
        assertTrue(titles.size() >= 26);
        // the test database uses the C.UTF-8 collation: code point order
        assertEquals(titles.stream().sorted().toList(), titles);
    }

    @Test
    void filtersCombine() {
        given().when().get(LIST + "?status=SIGNED&facilitator=US&party=kosovo&from=2020&kind=BILATERAL_AGREEMENT").then()
                .statusCode(200)
                .body("items.slug", hasItem("2020-09-04-washington-agreement"))
                .body("items.status", everyItem(equalTo("SIGNED")))
                .body("items.facilitator", everyItem(equalTo("US")));
        List<String> created = new ArrayList<>();
        String party = threeWithOwnParty(created);
        assertEquals(List.of(created.get(1)), slugs("party=" + party + "&facilitator=US&status=SIGNED&topic=rail&q=test"));
        assertEquals(List.of(), slugs("party=" + party + "&facilitator=US&status=PROPOSED"));
        assertEquals(List.of(created.get(2)), slugs("party=" + party + "&stage=IMPLEMENTATION&process=EU_DIALOGUE"));
    }

    @Test
    void updatedSinceKeepsOnlyRecentChanges() {
        String before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString();
        List<String> created = new ArrayList<>();
        String party = threeWithOwnParty(created);
        assertEquals(3, slugs("party=" + party + "&updatedSince=" + before).size());
        String later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(List.of(), slugs("updatedSince=" + later));
        given().when().get(LIST + "?updatedSince=last-week").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void fieldsProjectTheItems() {
        given().when().get(LIST + "?fields=slug,status&limit=3").then().statusCode(200)
                .body("items[0].keySet()", contains("slug", "status"));
        given().when().get(LIST + "?fields=slug,secret").then().statusCode(400).body("errors[0].field", equalTo("fields"));
    }

    @Test
    void csvExportTakesTheSameFilters() {
        String csv = given().accept("text/csv").when().get(LIST + "?status=RATIFIED&fields=slug,status,date,parties")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("slug,status,date,parties", lines[0]);
        assertTrue(csv.contains("2013-04-19-brussels-agreement,RATIFIED,2013-04-19,serbia; kosovo"), csv);
        String full = given().accept("text/csv").when().get(LIST + "?limit=2").then().statusCode(200).extract().asString();
        assertTrue(full.startsWith("slug,title,summary,lang,kind,status"), full.substring(0, 80));
    }

    @Test
    void includeTotalCountsAllMatches() {
        int all = slugs("").size();
        given().when().get(LIST + "?includeTotal=true&limit=2").then().statusCode(200)
                .body("totalItems", equalTo(all))
                .body("items", hasSize(2));
        given().when().get(LIST + "?limit=2").then().statusCode(200).body("totalItems", nullValue());
        given().when().get(LIST + "?includeTotal=maybe").then().statusCode(400).body("errors[0].field", equalTo("includeTotal"));
    }

    @Test
    void limitIsBetween1And500() {
        given().when().get(LIST + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().when().get(LIST + "?limit=501").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().when().get(LIST + "?limit=ten").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().when().get(LIST).then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .header("Last-Modified", notNullValue());
    }

    @Test
    void textsAreLocalizedWithFallbackToEnglish() {
        given().when().get(LIST + "?lang=mk&fields=slug,title,lang&limit=500").then().statusCode(200)
                .body("items.find { it.slug == '1999-06-10-unscr-1244' }.title", startsWith("Резолуција 1244"))
                .body("items.find { it.slug == '2020-09-04-washington-agreement' }.title",
                        equalTo("Washington agreements on the normalisation of economic relations"))
                .body("items.find { it.slug == '2020-09-04-washington-agreement' }.lang", equalTo("en"));
        given().header("Accept-Language", "mk-MK, en;q=0.5").when().get("/api/v1/agreements/1999-06-10-unscr-1244")
                .then().statusCode(200).body("lang", equalTo("mk"))
                .body("milestones[0].description", equalTo("Усвоена од Советот за безбедност на ОН."));
        given().when().get("/api/v1/agreements/1999-06-10-unscr-1244?lang=sr").then().statusCode(200)
                .body("title", equalTo("UN Security Council Resolution 1244 (1999)")).body("lang", equalTo("en"));
        given().when().get("/api/v1/agreements/1999-06-10-unscr-1244?lang=all").then().statusCode(200)
                .body("title.en", equalTo("UN Security Council Resolution 1244 (1999)"))
                .body("title.mk", startsWith("Резолуција"))
                .body("lang", nullValue());
        given().when().get(LIST + "?lang=english").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }
}
