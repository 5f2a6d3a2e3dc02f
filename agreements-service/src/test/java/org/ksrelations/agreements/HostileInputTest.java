package org.ksrelations.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ksrelations.testing.Documents;
import org.ksrelations.testing.HostileRequests.Case;
import org.ksrelations.testing.ListCases;
import org.ksrelations.testing.WriteCases;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.ksrelations.testing.HostileRequests.b64;
import static org.ksrelations.testing.HostileRequests.editor;
import static org.ksrelations.testing.HostileRequests.enc;
import static org.ksrelations.testing.HostileRequests.get;

/**
 * Malformed and hostile requests, each over real HTTP: every one is answered with a 4xx problem+json whose status
 * member is the HTTP status and which leaks no stack trace (a few hostile values that are valid search texts answer
 * 200; what the HTTP layer refuses first, its bare status), and after the whole batch the database is exactly as
 * before. The cases every list, document collection and write has come from {@code testing} ({@link ListCases},
 * {@link Documents}, {@link WriteCases}); the agreements' own, with their provisions and milestones, are added here.
 */
@QuarkusTest
class HostileInputTest {

    static final String AGREEMENTS = "/api/v1/agreements";
    private static final String TIMELINE = "/api/v1/agreements/milestones";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The agreements as documents keyed by slug. */
    static final Documents DOCUMENTS = new Documents(AGREEMENTS, HostileInputTest::valid, HostileInputTest::newSlug);
    /** The agreement the write cases aim at (with provision 1); created by this test, never changed by it, deleted at the end. */
    private static final String FIXTURE = Fixtures.uniqueSlug("hostile-input-fixture");
    private static final String PROVISIONS = AGREEMENTS + "/" + FIXTURE + "/provisions";
    private static final String MILESTONES = AGREEMENTS + "/" + FIXTURE + "/milestones";

    @Inject
    AgroalDataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
        ObjectNode fixture = valid(FIXTURE);
        fixture.withArray("provisions").add(JSON.valueToTree(Fixtures.provision("1", "Police")));
        return DOCUMENTS.run(FIXTURE, fixture, cases(), dataSource);
    }

    /** The hostile requests of this collection's own, beside those every document collection gets. */
    List<Case> cases() {
        List<Case> c = new ArrayList<>(DOCUMENTS.list(FIXTURE)
                .bad("forged title cursor with a NUL in its key", "sort=title&cursor=" + b64("{\"o\":\"title\",\"k\":\"a\\u0000\",\"s\":\"x\"}"))
                .bad("forged cursor with a NUL in its slug", "sort=title&cursor=" + b64("{\"o\":\"title\",\"k\":\"a\",\"s\":\"a\\u0000b\"}"))
                .bad("unknown status", "status=NOT_A_STATUS")
                .bad("SQL injection in kind", "kind=" + enc("TREATY,'; DROP TABLE agreement;--"))
                .bad("unknown stage", "stage=FINAL")
                .bad("unknown process", "process=" + enc("<script>alert(1)</script>"))
                .bad("SQL injection in party", "party=" + enc("' OR 1=1--"))
                .bad("SQL injection in facilitator", "facilitator=" + enc("EU' OR '1'='1"))
                .bad("10000-character topic", "topic=" + "b".repeat(10_000))
                .bad("invalid UTF-8 %FF in topic", "topic=%FF")
                .cases());
        c.addAll(ListCases.of(TIMELINE).dates()
                .bad("forged timeline cursor", "cursor=" + b64("{\"o\":\"date\",\"s\":\"x\"}"))
                .bad("unknown milestone type in the timeline", "type=EXPLODED")
                .bad("SQL injection in the timeline agreement", "agreement=" + enc("x'; DROP TABLE milestone;--"))
                .cases());
        c.addAll(ListCases.of(PROVISIONS)
                .bad("forged provisions cursor", "cursor=" + b64("{\"o\":\"provisions\",\"s\":\"\\u0000\"}"))
                .bad("unknown implementationStatus", "implementationStatus=DONE")
                .cases());
        c.addAll(WriteCases.date("proposedOn", "proposedOnPrecision", DOCUMENTS::create));
        // ---- bodies that are JSON objects but not valid agreements
        c.add(new Case("parties is an object, not a list", 400, () -> DOCUMENTS.create(n -> n.putObject("parties"))));
        c.add(new Case("provisions is a number", 400, () -> DOCUMENTS.create(n -> n.put("provisions", 7))));
        c.add(new Case("status is a number", 400, () -> DOCUMENTS.create(n -> n.put("status", 3))));
        c.add(new Case("unknown status in the body", 400, () -> DOCUMENTS.create(n -> n.put("status", "WON"))));
        c.add(new Case("unknown kind in the body", 400, () -> DOCUMENTS.create(n -> n.put("kind", "PINKY_PROMISE"))));
        c.add(new Case("SQL injection as facilitator", 422, () -> DOCUMENTS.create(n -> n.put("facilitator", "EU'; DROP TABLE agreement;--"))));
        c.add(new Case("PATCH with an unknown status", 400, () -> DOCUMENTS.patch(FIXTURE, "{\"status\": \"NOPE\"}")));
        c.add(new Case("PATCH with proposedOn 2023-02-30", 400, () -> DOCUMENTS.patch(FIXTURE, "{\"proposedOn\": \"2023-02-30\"}")));
        // ---- paths below an agreement, and its provisions and milestones
        c.add(new Case("invalid UTF-8 %C3%28 in the path", 404, () -> get(AGREEMENTS + "/%C3%28/provisions")));
        c.add(new Case("10000-character slug", 404, () -> get(AGREEMENTS + "/" + "a".repeat(10_000) + "/milestones")));
        c.add(new Case("PATCH on the provisions", 405, () -> editor().contentType("application/json").body("{}").patch(PROVISIONS)));
        c.add(new Case("SQL injection in a provision number", 404, () -> editor().header("If-Match", "*").delete(PROVISIONS + "/" + enc("1' OR '1'='1"))));
        c.addAll(WriteCases.preconditions("provision PUT", s -> s.contentType("application/json").body(provision("1").toString()).put(PROVISIONS + "/1")));
        c.addAll(WriteCases.objectBody("provision POST", b -> add(PROVISIONS, "application/json", b)));
        c.add(new Case("provision with a bad number", 422, () -> add(PROVISIONS, "application/json", provision("1; DROP TABLE provision"))));
        c.add(new Case("provision with an unknown implementationStatus", 400, () -> add(PROVISIONS, "application/json", provision("9").put("implementationStatus", "DONE"))));
        c.add(new Case("provision that is a JSON array", 400, () -> add(PROVISIONS, "application/json", "[" + provision("9") + "]")));
        c.add(new Case("provision with a 10000-character text", 422, () -> add(PROVISIONS, "application/json", provision("9").put("text", "t".repeat(10_000)))));
        c.addAll(WriteCases.preconditions("milestone POST", s -> s.contentType("application/json").body(milestone().toString()).post(MILESTONES)));
        c.add(new Case("milestone with an unknown type", 400, () -> add(MILESTONES, "application/json", milestone().put("type", "EXPLODED"))));
        c.add(new Case("milestone dated 2023-02-30", 400, () -> add(MILESTONES, "application/json", milestone().put("date", "2023-02-30"))));
        c.add(new Case("milestone as form data", 415, () -> add(MILESTONES, "application/x-www-form-urlencoded", "type=RATIFIED")));
        c.add(new Case("DELETE of a milestone with a traversal id", 404, () -> editor().header("If-Match", DOCUMENTS.etag(FIXTURE))
                .delete(MILESTONES + "/..%2F..%2Fetc")));
        return c;
    }

    /** A POST below the fixture (of a provision or a milestone), with the fixture's current ETag. */
    private static Response add(String path, String contentType, Object body) {
        return editor().header("If-Match", DOCUMENTS.etag(FIXTURE)).contentType(contentType).body(body.toString()).post(path);
    }

    static String newSlug() {
        return Fixtures.uniqueSlug("hostile");
    }

    static ObjectNode provision(String number) {
        return JSON.valueToTree(Fixtures.provision(number, "Customs"));
    }

    static ObjectNode milestone() {
        return JSON.valueToTree(Fixtures.milestone("2020-02-01", "DAY", "OTHER"));
    }

    /** A valid agreement that the service would create (a PROPOSED one, see {@link Fixtures#agreement}). */
    static ObjectNode valid(String slug) {
        return JSON.valueToTree(Fixtures.agreement(slug));
    }
}
