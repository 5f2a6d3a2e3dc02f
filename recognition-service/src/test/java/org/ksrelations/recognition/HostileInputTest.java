package org.ksrelations.recognition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ksrelations.testing.DbSnapshot;
import org.ksrelations.testing.Problems;
import org.ksrelations.testing.TestTokens;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Malformed and hostile requests, each over real HTTP: every one is answered with a 4xx problem+json whose status
 * member is the HTTP status and which leaks no stack trace (a few hostile values that are valid search texts answer
 * 200), and after the whole batch the database is exactly as before.
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

    /** One hostile request and the status it must be answered with. */
    record Case(String name, int status, Supplier<Response> request) {
    }

    @TestFactory
    Stream<DynamicTest> hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 50, "at least 50 hostile requests, got " + cases.size());
        AtomicReference<Map<String, String>> before = new AtomicReference<>();
        Stream<DynamicTest> setup = Stream.of(dynamicTest("the database is snapshot", () -> {
            given().get(STATES + "/" + FIXTURE).then().statusCode(200);
            before.set(DbSnapshot.take(dataSource));
        }));
        Stream<DynamicTest> requests = cases.stream().map(c -> dynamicTest(c.name() + " -> " + c.status(), () -> {
            Response r = c.request().get();
            if (c.status() >= 400) {
                Problems.assertProblem(r, c.status());
            } else {
                Problems.assertJson(r, c.status());
            }
        }));
        Stream<DynamicTest> check = Stream.of(dynamicTest("the database is unchanged after the " + cases.size()
                + " hostile requests", () -> assertEquals(before.get(), DbSnapshot.take(dataSource))));
        return Stream.of(setup, requests, check).flatMap(s -> s);
    }

    /**
     * Beyond {@code quarkus.http.limits.max-initial-line-length} the request never reaches Quarkus: Netty's decoder
     * fails and Vert.x' default invalid-request handler answers a bare 414 (Quarkus offers no hook to replace it).
     */
    @Test
    void aUrlBeyondTheLineLimitIsRefusedWith414ByTheHttpDecoder() {
        Response r = get(STATES + "?q=" + "a".repeat(20_000));
        assertEquals(414, r.statusCode());
    }

    /**
     * A chunked body (no Content-Length) over the limit is only found too large while it is being read, by RESTEasy
     * Reactive's input stream, which itself answers a bare 413 and closes the connection; no exception mapper sees it.
     * A body that announces its length (every ordinary client) gets the 413 problem of the table above.
     */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() {
        String before = etag();
        byte[] body = hugeBody();
        Response r = raw("POST", ACTS, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body)), "Content-Type", "application/json", "If-Match", before);
        assertEquals(413, r.statusCode());
        assertEquals(before, etag(), "the state is unchanged");
    }

    List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String st = STATES + "?";
        String rc = RECOGNITIONS + "?";

        // ---- limit
        c.add(new Case("limit=0", 400, () -> get(st + "limit=0")));
        c.add(new Case("negative limit", 400, () -> get(rc + "limit=-5")));
        c.add(new Case("limit above 500", 400, () -> get(st + "limit=501")));
        c.add(new Case("limit beyond a long", 400, () -> get(rc + "limit=99999999999999999999999")));
        c.add(new Case("non-numeric limit", 400, () -> get(MEMBERSHIPS + "?limit=abc")));
        c.add(new Case("SQL injection in limit", 400, () -> get(st + "limit=" + enc("1; DROP TABLE state;--"))));
        // ---- dates
        c.add(new Case("from=2023-02-30 (no such day)", 400, () -> get(rc + "from=2023-02-30")));
        c.add(new Case("from=99999-01-01 (five-digit year)", 400, () -> get(rc + "from=99999-01-01")));
        c.add(new Case("garbage to", 400, () -> get(rc + "to=garbage")));
        c.add(new Case("from after to", 400, () -> get(rc + "from=2020&to=2010")));
        c.add(new Case("garbage updatedSince", 400, () -> get(st + "updatedSince=yesterday")));
        c.add(new Case("as-of 2023-02-30", 400, () -> get(RECOGNITIONS + "/as-of/2023-02-30")));
        c.add(new Case("as-of 99999-01-01", 400, () -> get(RECOGNITIONS + "/as-of/99999-01-01")));
        c.add(new Case("as-of garbage", 400, () -> get(RECOGNITIONS + "/as-of/" + enc("' OR 1=1--"))));
        // ---- cursors
        c.add(new Case("cursor that is not base64", 400, () -> get(st + "cursor=not!base64*")));
        c.add(new Case("cursor of random bytes", 400, () -> get(rc + "cursor=" + b64(new byte[]{(byte) 0xff, 0, 1, (byte) 0x80, 42}))));
        c.add(new Case("forged cursor of another sort", 400, () -> get(st + "cursor=" + b64("{\"o\":\"name\",\"s\":\"x\"}"))));
        c.add(new Case("forged cursor that is a JSON array", 400, () -> get(rc + "cursor=" + b64("[\"date\",\"x\"]"))));
        c.add(new Case("forged cursor with SQL in its date key", 400, () -> get(rc + "cursor=" + b64("{\"o\":\"date\",\"k\":\"' OR 1=1--\",\"s\":\"x\",\"q\":1}"))));
        c.add(new Case("forged name cursor with a NUL in its key", 400, () -> get(st + "sort=name&cursor=" + b64("{\"o\":\"name\",\"k\":\"a\\u0000\",\"s\":\"XX\"}"))));
        c.add(new Case("forged cursor with a NUL in its code", 400, () -> get(st + "cursor=" + b64("{\"o\":\"code\",\"s\":\"a\\u0000b\"}"))));
        c.add(new Case("forged memberships cursor with a NUL", 400, () -> get(MEMBERSHIPS + "?cursor=" + b64("{\"o\":\"slug\",\"s\":\"\\u0000\"}"))));
        c.add(new Case("overlong cursor", 400, () -> get(st + "cursor=" + "A".repeat(1500))));
        c.add(new Case("forged changes cursor", 400, () -> get(RECOGNITIONS + "/changes?cursor=" + b64("{\"o\":\"changes\",\"k\":\"not-a-time\",\"s\":\"x\"}"))));
        c.add(new Case("garbage since in the changes feed", 400, () -> get(RECOGNITIONS + "/changes?since=2023-02-30T00:00:00Z")));
        // ---- enums, sort, flags, projection, language
        c.add(new Case("unknown stance", 400, () -> get(st + "stance=LOVES")));
        c.add(new Case("SQL injection in region", 400, () -> get(st + "region=" + enc("EUROPE,'; DROP TABLE state;--"))));
        c.add(new Case("unknown act type", 400, () -> get(rc + "type=INVASION")));
        c.add(new Case("unknown as-of stance", 400, () -> get(RECOGNITIONS + "/as-of/2020-01-01?stance=" + enc("<script>alert(1)</script>"))));
        c.add(new Case("unknown membership kind", 400, () -> get(MEMBERSHIPS + "?kind=CLUB")));
        c.add(new Case("unknown membership status", 400, () -> get(MEMBERSHIPS + "?status=MAYBE")));
        c.add(new Case("unknown stats groupBy", 400, () -> get(RECOGNITIONS + "/stats?groupBy=" + enc("year; DROP TABLE state"))));
        c.add(new Case("unknown sort", 400, () -> get(st + "sort=sideways")));
        c.add(new Case("unMember=perhaps", 400, () -> get(st + "unMember=perhaps")));
        c.add(new Case("includeTotal=maybe", 400, () -> get(rc + "includeTotal=maybe")));
        c.add(new Case("unknown projected field", 400, () -> get(st + "fields=code,password")));
        c.add(new Case("script as language", 400, () -> get(rc + "lang=" + enc("<script>alert(1)</script>"))));
        // ---- texts in filters
        c.add(new Case("1000-character q", 400, () -> get(st + "q=" + "a".repeat(1000))));
        c.add(new Case("10000-character q", 400, () -> get(st + "q=" + "a".repeat(10_000))));
        c.add(new Case("10000-character membership q", 400, () -> get(MEMBERSHIPS + "?q=" + "b".repeat(10_000))));
        c.add(new Case("NUL in q", 400, () -> get(st + "q=a%00b")));
        c.add(new Case("invalid UTF-8 %C3%28 in q", 400, () -> get(st + "q=%C3%28")));
        c.add(new Case("invalid UTF-8 %FF in q", 400, () -> get(MEMBERSHIPS + "?q=%FF")));
        c.add(new Case("SQL injection as search text finds nothing harmful", 200, () -> get(st + "q=" + enc("' OR 1=1--"))));
        c.add(new Case("DROP TABLE as search text", 200, () -> get(st + "q=" + enc("'; DROP TABLE state;--"))));
        // ---- content negotiation
        c.add(new Case("list with Accept: application/xml", 406, () -> given().accept("application/xml").get(STATES)));
        c.add(new Case("single state with Accept: text/html", 406, () -> given().accept("text/html").get(STATES + "/" + FIXTURE)));
        // ---- hostile paths
        c.add(new Case("SQL injection in the state code", 404, () -> get(STATES + "/" + enc("' OR 1=1--"))));
        c.add(new Case("DROP TABLE in the state code", 404, () -> get(STATES + "/" + enc("x; DROP TABLE state"))));
        c.add(new Case("script in the membership slug", 404, () -> get(MEMBERSHIPS + "/" + enc("<script>alert(1)</script>"))));
        c.add(new Case("SQL injection in an act id", 404, () -> editor().header("If-Match", "*").delete(ACTS + "/" + enc("x' OR '1'='1"))));
        c.add(new Case("encoded path traversal", 404, () -> get(STATES + "/..%2F..%2F..%2Fetc%2Fpasswd")));
        c.add(new Case("dot-segment path traversal", 404, () -> get(STATES + "/%2e%2e/%2e%2e/%2e%2e/etc/passwd")));
        c.add(new Case("invalid UTF-8 %C3%28 in the path", 404, () -> get(STATES + "/%C3%28")));
        c.add(new Case("invalid UTF-8 %FF in the path", 404, () -> get(MEMBERSHIPS + "/%FF")));
        c.add(new Case("10000-character state code", 404, () -> get(STATES + "/" + "a".repeat(10_000))));
        c.add(new Case("10000-character membership slug", 404, () -> get(MEMBERSHIPS + "/" + "a".repeat(10_000))));
        c.add(new Case("unknown path", 404, () -> get("/api/v1/nothing-here")));
        c.add(new Case("unknown path outside the API", 404, () -> get("/etc/passwd")));
        c.add(new Case("POST on the states", 405, () -> editor().contentType("application/json").body("{}").post(STATES)));
        c.add(new Case("DELETE on a state", 405, () -> editor().header("If-Match", "*").delete(STATES + "/" + FIXTURE)));
        c.add(new Case("POST on the memberships", 405, () -> editor().contentType("application/json").body("{}").post(MEMBERSHIPS)));

        // ---- bodies of new acts, with a valid editor token and the state's current ETag
        c.add(new Case("malformed JSON body", 400, () -> post("application/json", "{\"type\": \"RECOGNITION\",")));
        c.add(new Case("truncated JSON body", 400, () -> {
            String v = valid().toString();
            return post("application/json", v.substring(0, v.length() / 2));
        }));
        c.add(new Case("JSON array instead of an object", 400, () -> post("application/json", "[" + valid() + "]")));
        c.add(new Case("JSON string instead of an object", 400, () -> post("application/json", "\"an act\"")));
        c.add(new Case("JSON null body", 400, () -> post("application/json", "null")));
        c.add(new Case("empty body", 400, () -> post("application/json", "")));
        c.add(new Case("deeply nested JSON", 400, () -> post("application/json", "[".repeat(5000) + "]".repeat(5000))));
        c.add(new Case("verified is a string", 400, () -> post(with(n -> n.put("verified", "perhaps")))));
        c.add(new Case("sources is an object, not a list", 400, () -> post(with(n -> n.putObject("sources")))));
        c.add(new Case("note is an object", 400, () -> post(with(n -> n.putObject("note")))));
        c.add(new Case("type is a number", 400, () -> post(with(n -> n.put("type", 0)))));
        c.add(new Case("unknown act type in the body", 400, () -> post(with(n -> n.put("type", "ANNEXATION")))));
        c.add(new Case("unknown datePrecision", 400, () -> post(with(n -> n.put("datePrecision", "HOUR")))));
        c.add(new Case("date 2023-02-30 in the body", 400, () -> post(with(n -> n.put("date", "2023-02-30")))));
        c.add(new Case("date 99999-01-01 in the body", 400, () -> post(with(n -> n.put("date", "99999-01-01")))));
        c.add(new Case("garbage date in the body", 400, () -> post(with(n -> n.put("date", "last tuesday")))));
        c.add(new Case("SQL injection as state in the body", 422, () -> post(with(n -> n.put("state", "' OR 1=1")))));
        c.add(new Case("10000-character note", 422, () -> post(with(n -> n.put("note", "n".repeat(10_000))))));
        c.add(new Case("script as source URL", 422, () -> post(with(n -> ((ObjectNode) n.withArray("sources").get(0)).put("url", "javascript:alert(1)")))));
        c.add(new Case("NUL in the note", 400, () -> post(with(n -> n.put("note", "a\u0000b")))));
        c.add(new Case("NUL in a source title", 400, () -> post(with(n -> ((ObjectNode) n.withArray("sources").get(0)).put("title", "t\u0000")))));
        c.add(new Case("body over the 1M limit", 413, () -> post("application/json", hugeBody())));
        // ---- content types, auth, If-Match
        c.add(new Case("text/plain body", 415, () -> post("text/plain", valid().toString())));
        c.add(new Case("application/xml body", 415, () -> post("application/xml", "<act><type>RECOGNITION</type></act>")));
        c.add(new Case("form body", 415, () -> post("application/x-www-form-urlencoded", "type=RECOGNITION")));
        c.add(new Case("wildcard */* Content-Type", 415, () -> editor().header("If-Match", etag()).noContentType().body(valid().toString().getBytes(StandardCharsets.UTF_8)).post(ACTS)));
        c.add(new Case("application/octet-stream body", 415, () -> post("application/octet-stream", valid().toString().getBytes(StandardCharsets.UTF_8))));
        c.add(new Case("no Content-Type", 415, () -> raw("POST", ACTS, HttpRequest.BodyPublishers.ofString(valid().toString()), "If-Match", etag())));
        c.add(new Case("act without a token", 401, () -> given().header("If-Match", etag()).contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act with a forged token", 401, () -> given().auth().oauth2(TestTokens.foreignEditor()).header("If-Match", etag()).contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act with a garbage token", 401, () -> given().header("Authorization", "Bearer " + b64("not a jwt")).contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act without the editor group", 403, () -> given().auth().oauth2(TestTokens.reader()).header("If-Match", etag()).contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act without If-Match", 428, () -> editor().contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act with a garbage If-Match", 412, () -> editor().header("If-Match", "not-an-etag").contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act with an overlong If-Match", 412, () -> editor().header("If-Match", "\"" + "9".repeat(5000) + "\"").contentType("application/json").body(valid().toString()).post(ACTS)));
        c.add(new Case("act for a state that does not exist", 404, () -> editor().header("If-Match", "\"0\"").contentType("application/json").body(valid().toString()).post(STATES + "/QQ/acts")));
        // ---- merge patches of the state
        String fx = STATES + "/" + FIXTURE;
        c.add(new Case("PATCH without If-Match", 428, () -> editor().contentType("application/merge-patch+json").body("{\"note\": \"x\"}").patch(fx)));
        c.add(new Case("PATCH with a stale If-Match", 412, () -> editor().header("If-Match", "\"987654\"").contentType("application/merge-patch+json").body("{\"note\": \"x\"}").patch(fx)));
        c.add(new Case("PATCH with a JSON array", 400, () -> patch("[1, 2]")));
        c.add(new Case("PATCH with malformed JSON", 400, () -> patch("{\"note\":")));
        c.add(new Case("PATCH with an unknown region", 400, () -> patch("{\"region\": \"ATLANTIS\"}")));
        c.add(new Case("PATCH with region as a number", 400, () -> patch("{\"region\": 2}")));
        c.add(new Case("PATCH of the stance", 422, () -> patch("{\"stance\": \"RECOGNIZES\"}")));
        c.add(new Case("PATCH that removes the region", 422, () -> patch("{\"region\": null}")));
        c.add(new Case("PATCH with a 10000-character note", 422, () -> patch("{\"note\": \"" + "n".repeat(10_000) + "\"}")));
        c.add(new Case("PATCH with a NUL in the note", 400, () -> patch("{\"note\": \"x\\u0000y\"}")));
        c.add(new Case("PATCH as text/plain", 415, () -> editor().header("If-Match", etag()).contentType("text/plain").body("{}").patch(fx)));
        c.add(new Case("DELETE of an act with a weak garbage If-Match", 412, () -> editor().header("If-Match", "W/\"abc\", \"\"").delete(ACTS + "/" + firstAct())));
        c.add(new Case("DELETE of an act that does not exist", 404, () -> editor().header("If-Match", etag()).delete(ACTS + "/pt-recognition-1999-01-01")));
        return c;
    }

    // ---------------------------------------------------------------- helpers

    private static String editorToken;

    static String editorToken() {
        if (editorToken == null) {
            editorToken = TestTokens.editor();
        }
        return editorToken;
    }

    static RequestSpecification editor() {
        return given().urlEncodingEnabled(false).auth().oauth2(editorToken());
    }

    /**
     * A request sent with the JDK's HTTP client, for what REST Assured cannot send: a body without any Content-Type
     * (it adds one) or a chunked body without Content-Length. Answered as a REST Assured response.
     */
    static Response raw(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                    .method(method, body).header("Authorization", "Bearer " + editorToken());
            if (headers.length > 0) {
                b.headers(headers);
            }
            HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new ResponseBuilder().setStatusCode(r.statusCode())
                    .setContentType(r.headers().firstValue("Content-Type").orElse(""))
                    .setBody(r.body()).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET of a URL written exactly as given (already percent-encoded, or deliberately not). */
    static Response get(String rawUrl) {
        return given().urlEncodingEnabled(false).get(rawUrl);
    }

    static Response post(String contentType, String body) {
        return editor().header("If-Match", etag()).contentType(contentType).body(body).post(ACTS);
    }

    static Response post(String contentType, byte[] body) {
        return editor().header("If-Match", etag()).contentType(contentType).body(body).post(ACTS);
    }

    static Response post(ObjectNode body) {
        return post("application/json", body.toString());
    }

    static Response patch(String body) {
        return editor().header("If-Match", etag()).contentType("application/merge-patch+json").body(body)
                .patch(STATES + "/" + FIXTURE);
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

    /** A valid act with one change. */
    static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode n = valid();
        change.accept(n);
        return n;
    }

    /** 1.5 MB of otherwise valid JSON (a long note). */
    static byte[] hugeBody() {
        ObjectNode n = valid();
        n.put("note", "x".repeat(1_500_000));
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String b64(String s) {
        return b64(s.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
