package org.ksrelations.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ksrelations.testing.Documents;
import org.ksrelations.testing.HostileRequests.Case;
import org.ksrelations.testing.ListCases;
import org.ksrelations.testing.WriteCases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.ksrelations.testing.HostileRequests.b64;
import static org.ksrelations.testing.HostileRequests.editor;
import static org.ksrelations.testing.HostileRequests.enc;

/**
 * Malformed and hostile requests, each over real HTTP: every one is answered with a 4xx problem+json whose status
 * member is the HTTP status and which leaks no stack trace (a few hostile values that are valid search texts answer
 * 200; what the HTTP layer refuses first, its bare status), and after the whole batch the database is exactly as
 * before. The cases every list, document collection and write has come from {@code testing} ({@link ListCases},
 * {@link Documents}, {@link WriteCases}); the events' own are added to them here.
 */
@QuarkusTest
class HostileInputTest {

    static final String EVENTS = "/api/v1/events";
    private static final String ACTORS = "/api/v1/actors";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The events as documents keyed by slug. */
    static final Documents DOCUMENTS = new Documents(EVENTS, HostileInputTest::valid, HostileInputTest::newSlug);
    /** The event the write cases aim at; created by this test, never changed by it, deleted at the end. */
    private static final String FIXTURE = "2014-06-01-hostile-input-fixture-"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Inject
    AgroalDataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
        return DOCUMENTS.run(FIXTURE, valid(FIXTURE), cases(), dataSource);
    }

    /** The hostile requests of this collection's own, beside those every document collection gets. */
    List<Case> cases() {
        List<Case> c = new ArrayList<>(DOCUMENTS.list(FIXTURE)
                .bad("forged cursor with a NUL in its slug", "cursor=" + b64("{\"o\":\"date\",\"k\":\"2013-04-19\",\"s\":\"a\\u0000b\"}"))
                .bad("unknown category", "category=NOT_A_CATEGORY")
                .bad("SQL injection in category", "category=" + enc("AGREEMENT,'; DROP TABLE event;--"))
                .bad("SQL injection in actor", "actor=" + enc("' OR 1=1--"))
                .bad("script in tag", "tag=" + enc("<script>alert(1)</script>"))
                .bad("10000-character place", "place=" + "b".repeat(10_000))
                .cases());
        c.addAll(ListCases.of(ACTORS).search().items("hashim-thaci")
                .bad("unknown actor type", "type=ALIEN")
                .bad("negative actors limit", "limit=-1")
                .bad("forged actors cursor with a NUL", "cursor=" + b64("{\"o\":\"slug\",\"s\":\"a\\u0000\"}"))
                .cases());
        c.addAll(WriteCases.date("date", "datePrecision", DOCUMENTS::create));
        c.add(new Case("POST on an actor", 405, () -> editor().contentType("application/json").body("{}").post(ACTORS + "/hashim-thaci")));
        // ---- bodies that are JSON objects but not valid events
        c.add(new Case("actors is an object, not a list", 400, () -> DOCUMENTS.create(n -> n.putObject("actors"))));
        c.add(new Case("category is a number", 400, () -> DOCUMENTS.create(n -> n.put("category", 3))));
        c.add(new Case("unknown category in the body", 400, () -> DOCUMENTS.create(n -> n.put("category", "COUP"))));
        c.add(new Case("10000-character place in the body", 422, () -> DOCUMENTS.create(n -> n.putArray("places").add("p".repeat(10_000)))));
        c.add(new Case("PATCH with an unknown category", 400, () -> DOCUMENTS.patch(FIXTURE, "{\"category\": \"NOPE\"}")));
        c.add(new Case("PATCH with date 2023-02-30", 400, () -> DOCUMENTS.patch(FIXTURE, "{\"date\": \"2023-02-30\"}")));
        return c;
    }

    static String newSlug() {
        return "2014-06-02-hostile-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A valid event that the service would create. */
    static ObjectNode valid(String slug) {
        ObjectNode n = JSON.createObjectNode();
        n.put("slug", slug);
        n.put("date", "2014-06-01");
        n.put("datePrecision", "DAY");
        n.putObject("title").put("en", "Hostile input fixture");
        n.putObject("summary").put("en", "An event that hostile requests aim at.");
        n.put("category", "NEGOTIATION");
        n.putArray("actors").addObject().put("slug", "hashim-thaci").put("role", "PARTICIPANT");
        n.putArray("places").add("Brussels");
        n.putArray("tags").add("brussels-dialogue");
        n.putArray("relatedAgreements");
        n.putArray("sources").addObject().put("title", "Minutes").put("publisher", "EEAS").put("url", "https://example.org/m");
        return n;
    }
}
