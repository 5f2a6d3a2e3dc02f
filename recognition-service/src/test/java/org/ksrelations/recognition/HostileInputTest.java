package org.ksrelations.recognition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ksrelations.testing.HostileRequests.Case;
import org.ksrelations.testing.ListCases;
import org.ksrelations.testing.WriteCases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.ksrelations.testing.HostileRequests.b64;
import static org.ksrelations.testing.HostileRequests.editor;
import static org.ksrelations.testing.HostileRequests.enc;
import static org.ksrelations.testing.HostileRequests.get;
import static org.ksrelations.testing.HostileRequests.run;

/**
 * Malformed and hostile requests, each over real HTTP: every one is answered with a 4xx problem+json whose status
 * member is the HTTP status and which leaks no stack trace (a few hostile values that are valid search texts answer
 * 200), and after the whole batch the database is exactly as before. The cases every list and write has come from
 * {@link ListCases} and {@link WriteCases}; the recognitions' own are below.
 */
@QuarkusTest
class HostileInputTest {

    static final String STATES = "/api/v1/states";
    private static final String RECOGNITIONS = "/api/v1/recognitions";
    private static final String MEMBERSHIPS = "/api/v1/memberships";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The state the write cases aim at (states are reference data, not created through the API); never changed here. */
    private static final String FIXTURE = "PT";
    private static final String ACTS = STATES + "/" + FIXTURE + "/acts";

    @Inject
    AgroalDataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
        return run(cases(), "the database is snapshot",
                () -> given().get(STATES + "/" + FIXTURE).then().statusCode(200), dataSource);
    }

    List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String fx = STATES + "/" + FIXTURE;
        c.addAll(ListCases.of(STATES).updatedSince().sorts().fields("code").search().items(FIXTURE)
                .bad("forged cursor of another sort", "cursor=" + b64("{\"o\":\"name\",\"s\":\"x\"}"))
                .bad("forged name cursor with a NUL in its key", "sort=name&cursor=" + b64("{\"o\":\"name\",\"k\":\"a\\u0000\",\"s\":\"XX\"}"))
                .bad("forged cursor with a NUL in its code", "cursor=" + b64("{\"o\":\"code\",\"s\":\"a\\u0000b\"}"))
                .bad("unknown stance", "stance=LOVES")
                .bad("SQL injection in region", "region=" + enc("EUROPE,'; DROP TABLE state;--"))
                .bad("unMember=perhaps", "unMember=perhaps")
                .cases());
        c.addAll(ListCases.of(RECOGNITIONS).dates().lang()
                .bad("forged cursor with SQL in its date key", "cursor=" + b64("{\"o\":\"date\",\"k\":\"' OR 1=1--\",\"s\":\"x\",\"q\":1}"))
                .bad("unknown act type", "type=INVASION")
                .cases());
        c.addAll(ListCases.of(MEMBERSHIPS).search().items("interpol")
                .bad("forged memberships cursor with a NUL", "cursor=" + b64("{\"o\":\"slug\",\"s\":\"\\u0000\"}"))
                .bad("unknown membership kind", "kind=CLUB")
                .bad("unknown membership status", "status=MAYBE")
                .cases());
        c.addAll(ListCases.changesFeed(RECOGNITIONS + "/changes"));
        c.addAll(ListCases.paths(STATES));
        c.addAll(WriteCases.creates(new WriteCases.Creates(ACTS, () -> valid().toString(), HostileInputTest::hugeBody,
                () -> new String[]{"If-Match", etag()})));
        c.addAll(WriteCases.preconditions("act POST", s -> s.contentType("application/json").body(valid().toString()).post(ACTS)));
        c.addAll(WriteCases.preconditions("PATCH", s -> s.contentType(WriteCases.MERGE_PATCH).body("{\"note\": \"x\"}").patch(fx)));
        c.addAll(WriteCases.mergePatch(fx, HostileInputTest::etag));
        c.addAll(WriteCases.date("date", "datePrecision", HostileInputTest::create));
        c.addAll(WriteCases.sources(HostileInputTest::create));

        // ---- the recognitions as of a day, and their statistics
        c.add(new Case("as-of 2023-02-30", 400, () -> get(RECOGNITIONS + "/as-of/2023-02-30")));
        c.add(new Case("as-of 99999-01-01", 400, () -> get(RECOGNITIONS + "/as-of/99999-01-01")));
        c.add(new Case("as-of garbage", 400, () -> get(RECOGNITIONS + "/as-of/" + enc("' OR 1=1--"))));
        c.add(new Case("unknown as-of stance", 400, () -> get(RECOGNITIONS + "/as-of/2020-01-01?stance=" + enc("<script>alert(1)</script>"))));
        c.add(new Case("unknown stats groupBy", 400, () -> get(RECOGNITIONS + "/stats?groupBy=" + enc("year; DROP TABLE state"))));
        // ---- paths and methods the recognitions do not have
        c.add(new Case("SQL injection in an act id", 404, () -> editor().header("If-Match", "*").delete(ACTS + "/" + enc("x' OR '1'='1"))));
        c.add(new Case("POST on the states", 405, () -> editor().contentType("application/json").body("{}").post(STATES)));
        c.add(new Case("DELETE on a state", 405, () -> editor().header("If-Match", "*").delete(STATES + "/" + FIXTURE)));
        c.add(new Case("POST on the memberships", 405, () -> editor().contentType("application/json").body("{}").post(MEMBERSHIPS)));

        // ---- bodies of new acts that are JSON objects but not valid acts
        c.add(new Case("verified is a string", 400, () -> create(n -> n.put("verified", "perhaps"))));
        c.add(new Case("note is an object", 400, () -> create(n -> n.putObject("note"))));
        c.add(new Case("type is a number", 400, () -> create(n -> n.put("type", 0))));
        c.add(new Case("unknown act type in the body", 400, () -> create(n -> n.put("type", "ANNEXATION"))));
        c.add(new Case("SQL injection as state in the body", 422, () -> create(n -> n.put("state", "' OR 1=1"))));
        c.add(new Case("10000-character note", 422, () -> create(n -> n.put("note", "n".repeat(10_000)))));
        c.add(new Case("script as source URL", 422, () -> create(n -> ((ObjectNode) n.withArray("sources").get(0)).put("url", "javascript:alert(1)"))));
        c.add(new Case("NUL in the note", 400, () -> create(n -> n.put("note", "a\u0000b"))));
        c.add(new Case("act for a state that does not exist", 404, () -> editor().header("If-Match", "\"0\"").contentType("application/json").body(valid().toString()).post(STATES + "/QQ/acts")));

        // ---- merge patches of the state, deletes of its acts
        c.add(new Case("PATCH with an unknown region", 400, () -> patch("{\"region\": \"ATLANTIS\"}")));
        c.add(new Case("PATCH with region as a number", 400, () -> patch("{\"region\": 2}")));
        c.add(new Case("PATCH of the stance", 422, () -> patch("{\"stance\": \"RECOGNIZES\"}")));
        c.add(new Case("PATCH that removes the region", 422, () -> patch("{\"region\": null}")));
        c.add(new Case("PATCH with a 10000-character note", 422, () -> patch("{\"note\": \"" + "n".repeat(10_000) + "\"}")));
        c.add(new Case("PATCH with a NUL in the note", 400, () -> patch("{\"note\": \"x\\u0000y\"}")));
        c.add(new Case("DELETE of an act with a weak garbage If-Match", 412, () -> editor().header("If-Match", "W/\"abc\", \"\"").delete(ACTS + "/" + firstAct())));
        c.add(new Case("DELETE of an act that does not exist", 404, () -> editor().header("If-Match", etag()).delete(ACTS + "/pt-recognition-1999-01-01")));
        return c;
    }

    // ---------------------------------------------------------------- the recognitions' helpers

    static Response post(ObjectNode body) {
        return editor().header("If-Match", etag()).contentType("application/json").body(body.toString()).post(ACTS);
    }

    static Response patch(String body) {
        return editor().header("If-Match", etag()).contentType(WriteCases.MERGE_PATCH).body(body).patch(STATES + "/" + FIXTURE);
    }

    static String etag() {
        return Api.etag(FIXTURE);
    }

    static String firstAct() {
        return given().get(STATES + "/" + FIXTURE).then().statusCode(200).extract().path("acts[0].id");
    }

    /** A valid act (a recognition), which the rules may still refuse for the fixture state. */
    static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree(Api.act("RECOGNITION", "2024-03-01", "DAY"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A create of a valid new act with one change. */
    static Response create(Consumer<ObjectNode> change) {
        ObjectNode n = valid();
        change.accept(n);
        return post(n);
    }

    /** 1.5 MB of otherwise valid JSON (a long note). */
    static byte[] hugeBody() {
        ObjectNode n = valid();
        n.put("note", "x".repeat(1_500_000));
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }
}
