package org.ksrelations.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live answers of the packaged suite, through the gateway, checked against the committed contract
 * (openapi/ksrelations-api.json) by {@link ContractValidator}: every read operation is called with the seed data (lists
 * walked to their last page, so every seed record is checked; details, sub-resources, changes feeds, composites,
 * as-of, search, the problem catalogue; both forms of localized text), a few error answers too, and each answer's
 * status, media type and JSON body must be what the contract declares. The contract's operations that were not called
 * must all be writes, named in {@link #WRITES}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractAnswersTest {

    /**
     * The operations this read-only test does not call: every write (it would change the seed data other answers are
     * checked on, and needs an editor token). Their answers are the same schemas as the reads' (Event, Agreement, State,
     * RecognitionAct, Problem), which the reads check; the services' own tests call them.
     */
    static final Set<String> WRITES = Set.of(
            "POST /api/v1/events",
            "PUT /api/v1/events/{slug}",
            "PATCH /api/v1/events/{slug}",
            "DELETE /api/v1/events/{slug}",
            "POST /api/v1/agreements",
            "PUT /api/v1/agreements/{slug}",
            "PATCH /api/v1/agreements/{slug}",
            "DELETE /api/v1/agreements/{slug}",
            "POST /api/v1/agreements/{slug}/milestones",
            "DELETE /api/v1/agreements/{slug}/milestones/{id}",
            "POST /api/v1/agreements/{slug}/provisions",
            "PUT /api/v1/agreements/{slug}/provisions/{number}",
            "DELETE /api/v1/agreements/{slug}/provisions/{number}",
            "PATCH /api/v1/states/{code}",
            "POST /api/v1/states/{code}/acts",
            "DELETE /api/v1/states/{code}/acts/{id}");

    /** At most this many pages of one list are walked (a guard against a cursor that never ends). */
    static final int MAX_PAGES = 200;

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-contract");

    static String base;
    static ContractValidator contract;

    /** "GET /path/template" of every call made. */
    static final Set<String> called = new TreeSet<>();
    static final List<String> violations = new ArrayList<>();
    static int answers;

    @BeforeAll
    static void start() throws IOException {
        contract = ContractValidator.of(OpenApiContractTest.CONTRACT);
        base = SUITE.gateway();
    }

    /** GETs {@code path} (with its query) as an answer of {@code template}, checks it, and returns it. */
    static Http.Res get(String template, String path, String... headers) {
        Http.Res r = Http.get(base + path, headers);
        called.add("GET " + template);
        answers++;
        for (String v : contract.violations("GET", template, r.status(), r.header("Content-Type"), r.body())) {
            violations.add(v + "  (GET " + path + ")");
        }
        return r;
    }

    /** Like {@link #get}, and the answer must be a 200. */
    static JsonPath ok(String template, String path, String... headers) {
        Http.Res r = get(template, path, headers);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    /** Every page of a list or feed, following nextCursor; returns the first page. */
    static JsonPath walk(String template, String path) {
        JsonPath first = ok(template, path);
        JsonPath page = first;
        for (int i = 1; page.getString("nextCursor") != null; i++) {
            assertTrue(i < MAX_PAGES, "more than " + MAX_PAGES + " pages: " + path);
            page = ok(template, path + (path.contains("?") ? "&" : "?") + "cursor="
                    + URLEncoder.encode(page.getString("nextCursor"), StandardCharsets.UTF_8));
        }
        return first;
    }

    static void assertNoViolation() {
        assertTrue(violations.isEmpty(), violations.size() + " answer(s) break the contract:\n" + String.join("\n", violations));
    }

    @Test
    @Order(1)
    void everyReadAnswersWhatTheContractDeclares() {
        // the lists, every page (so every seed record), in the default language and with every language (lang=all)
        for (String lang : List.of("", "lang=all&")) {
            walk("/api/v1/events", "/api/v1/events?" + lang + "limit=500");
            walk("/api/v1/agreements", "/api/v1/agreements?" + lang + "limit=500");
            walk("/api/v1/agreements/milestones", "/api/v1/agreements/milestones?" + lang + "limit=500");
            walk("/api/v1/memberships", "/api/v1/memberships?" + lang + "limit=500");
            walk("/api/v1/recognitions", "/api/v1/recognitions?" + lang + "limit=500");
            walk("/api/v1/events/changes", "/api/v1/events/changes?" + lang + "limit=500");
            walk("/api/v1/agreements/changes", "/api/v1/agreements/changes?" + lang + "limit=500");
            walk("/api/v1/recognitions/changes", "/api/v1/recognitions/changes?" + lang + "limit=500");
        }
        walk("/api/v1/actors", "/api/v1/actors?limit=500");
        walk("/api/v1/states", "/api/v1/states?limit=500");
        // filters, totals, projections, another language, search text, and CSV by URL
        ok("/api/v1/events", "/api/v1/events?limit=3&includeTotal=true&sort=-date&category=DIPLOMACY");
        ok("/api/v1/events", "/api/v1/events?q=brussels&sort=relevance&limit=5", "Accept-Language", "mk");
        ok("/api/v1/events", "/api/v1/events?fields=slug,date,title&limit=5");
        ok("/api/v1/agreements", "/api/v1/agreements?status=SIGNED&includeTotal=true&lang=sq");
        ok("/api/v1/actors", "/api/v1/actors?type=PERSON&includeTotal=true&limit=5");
        ok("/api/v1/states", "/api/v1/states?stance=RECOGNIZES&region=EUROPE&includeTotal=true");
        ok("/api/v1/recognitions", "/api/v1/recognitions?type=WITHDRAWAL_CLAIMED&includeTotal=true");
        ok("/api/v1/memberships", "/api/v1/memberships?status=MEMBER&includeTotal=true");
        assertEquals(200, get("/api/v1/states", "/api/v1/states?format=csv").status());
        assertEquals(200, get("/api/v1/events", "/api/v1/events?limit=5", "Accept", "text/csv").status());

        // one record of each kind, found in the seed data
        JsonPath events = ok("/api/v1/events", "/api/v1/events?limit=500&sort=date");
        String event = events.getString("items.find { it.relatedAgreements.size() > 0 }.slug");
        String actor = ok("/api/v1/actors", "/api/v1/actors?limit=1").getString("items[0].slug");
        JsonPath agreements = ok("/api/v1/agreements", "/api/v1/agreements?limit=500");
        String agreement = agreements.getString(
                "items.find { it.provisions.size() > 0 && it.milestones.size() > 0 && it.relatedEvents.size() > 0 }.slug");
        String state = ok("/api/v1/states", "/api/v1/states?stance=RECOGNIZES&limit=1").getString("items[0].code");
        String membership = ok("/api/v1/memberships", "/api/v1/memberships?limit=1").getString("items[0].slug");
        for (String id : new String[] {event, actor, agreement, state, membership}) {
            assertNotNull(id, "the seed data has a record of every kind");
        }
        ok("/api/v1/events/{slug}", "/api/v1/events/" + event);
        ok("/api/v1/events/{slug}", "/api/v1/events/" + event + "?lang=all");
        ok("/api/v1/actors/{slug}", "/api/v1/actors/" + actor);
        ok("/api/v1/actors/{slug}", "/api/v1/actors/" + actor + "?lang=all");
        ok("/api/v1/agreements/{slug}", "/api/v1/agreements/" + agreement);
        ok("/api/v1/agreements/{slug}", "/api/v1/agreements/" + agreement + "?lang=all");
        JsonPath included = ok("/api/v1/agreements/{slug}", "/api/v1/agreements/" + agreement + "?include=events");
        assertTrue(included.getList("events").size() > 0, "include=events brings the linked events");
        walk("/api/v1/agreements/{slug}/milestones", "/api/v1/agreements/" + agreement + "/milestones?lang=all");
        walk("/api/v1/agreements/{slug}/provisions", "/api/v1/agreements/" + agreement + "/provisions");
        ok("/api/v1/states/{code}", "/api/v1/states/" + state);
        ok("/api/v1/memberships/{slug}", "/api/v1/memberships/" + membership);
        ok("/api/v1/memberships/{slug}", "/api/v1/memberships/" + membership + "?lang=all");
        String etag = get("/api/v1/events/{slug}", "/api/v1/events/" + event).header("ETag");
        assertEquals(304, get("/api/v1/events/{slug}", "/api/v1/events/" + event, "If-None-Match", etag).status());

        // recognition queries
        ok("/api/v1/recognitions/as-of/{date}", "/api/v1/recognitions/as-of/2020-09-04");
        ok("/api/v1/recognitions/as-of/{date}", "/api/v1/recognitions/as-of/2008-02-16?region=EUROPE");
        ok("/api/v1/recognitions/stats", "/api/v1/recognitions/stats?groupBy=year");
        ok("/api/v1/recognitions/stats", "/api/v1/recognitions/stats?groupBy=region");
        ok("/api/v1/events/categories", "/api/v1/events/categories");

        // the gateway's own reads
        ok("/api/v1/about", "/api/v1/about");
        ok("/api/v1/overview", "/api/v1/overview");
        ok("/api/v1/overview", "/api/v1/overview?lang=mk");
        ok("/api/v1/search", "/api/v1/search?q=brussels");
        ok("/api/v1/search", "/api/v1/search?q=serbia&limit=50&lang=all");
        walk("/api/v1/timeline", "/api/v1/timeline?limit=500");
        ok("/api/v1/timeline", "/api/v1/timeline?from=2013-01-01&to=2013-12-31&kinds=event,milestone&lang=mk");
        // the downloadable datasets: the merged list, then every file of one dataset (zip and JSON Lines: status and
        // media type checked), and a re-download answered 304
        JsonPath datasets = ok("/api/v1/datasets", "/api/v1/datasets");
        List<String> files = datasets.getList("items.find { it.name == 'agreements' }.files.url", String.class);
        assertEquals(2, files.size(), "the agreements dataset has a zip and a JSON Lines file");
        for (String url : files) {
            Http.Res file = get("/api/v1/datasets/{dataset}/{file}", url);
            assertEquals(200, file.status(), url);
            assertEquals(304, get("/api/v1/datasets/{dataset}/{file}", url, "If-None-Match", file.header("ETag")).status());
        }
        ok("/problems", "/problems");
        assertEquals(200, get("/problems", "/problems", "Accept", "text/html").status());
        ok("/problems/{type}", "/problems/validation");
        assertEquals(200, get("/problems/{type}", "/problems/not-found", "Accept", "text/html").status());

        assertTrue(answers > 60, "answers checked: " + answers);
        assertNoViolation();
    }

    @Test
    @Order(2)
    void errorAnswersAreTheProblemsTheContractDeclares() {
        // the operation as the contract names it, the URL asked, the status of the problem it must answer
        String expected = """
                /api/v1/events/{slug}                 /api/v1/events/no-such-event                         404
                /api/v1/agreements/{slug}             /api/v1/agreements/no-such-agreement?include=events  404
                /api/v1/agreements/{slug}/provisions  /api/v1/agreements/no-such-agreement/provisions      404
                /api/v1/states/{code}                 /api/v1/states/zz                                    404
                /api/v1/events                        /api/v1/events?limit=0                               400
                /api/v1/agreements                    /api/v1/agreements?status=NOT_A_STATUS               400
                /api/v1/states                        /api/v1/states?format=yaml                           400
                /api/v1/recognitions/as-of/{date}     /api/v1/recognitions/as-of/not-a-date                400
                /api/v1/recognitions/stats            /api/v1/recognitions/stats?groupBy=decade            400
                /api/v1/events/changes                /api/v1/events/changes?since=yesterday               400
                /api/v1/search                        /api/v1/search?q=                                    400
                /api/v1/timeline                      /api/v1/timeline?kinds=war                           400
                /problems/{type}                      /problems/no-such-problem                            404
                """;
        expected.lines().map(line -> line.strip().split("\\s+")).forEach(call -> {
            Http.Res r = get(call[0], call[1]);
            assertEquals(Integer.parseInt(call[2]), r.status(), r::toString);
            assertTrue(r.isProblem(), r::toString);
        });
        Http.Res notAcceptable = get("/api/v1/events", "/api/v1/events", "Accept", "application/xml");
        assertEquals(406, notAcceptable.status(), notAcceptable::toString);
        assertNoViolation();
    }

    @Test
    @Order(3)
    void everyOperationOfTheContractWasCalledOrIsAWrite() {
        Set<String> operations = new TreeSet<>(contract.operations());
        Set<String> missed = new TreeSet<>(operations);
        missed.removeAll(called);
        missed.removeAll(WRITES);
        assertEquals(Set.of(), missed, "operations of the contract no test here calls");
        Set<String> stale = new TreeSet<>(WRITES);
        stale.removeAll(operations);
        assertEquals(Set.of(), stale, "WRITES names operations the contract does not have");
        assertTrue(WRITES.stream().noneMatch(w -> w.startsWith("GET ")), "every read is called");
    }
}
