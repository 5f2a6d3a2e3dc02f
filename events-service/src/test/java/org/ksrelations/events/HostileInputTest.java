package org.ksrelations.events;

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
import java.util.UUID;
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

    static final String EVENTS = "/api/v1/events";
    private static final String ACTORS = "/api/v1/actors";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** The event the write cases aim at; created by this test, never changed by it. */
    private static final String FIXTURE = "2014-06-01-hostile-input-fixture-" + RUN;

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
        Stream<DynamicTest> setup = Stream.of(dynamicTest("a fixture event is created, then the database is snapshot", () -> {
            editor().contentType("application/json").body(valid(FIXTURE).toString()).post(EVENTS)
                    .then().statusCode(201);
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
        Response r = get(EVENTS + "?q=" + "a".repeat(20_000));
        assertEquals(414, r.statusCode());
    }

    /**
     * A chunked body (no Content-Length) over the limit is only found too large while it is being read, by RESTEasy
     * Reactive's input stream, which itself answers a bare 413 and closes the connection; no exception mapper sees it.
     * A body that announces its length (every ordinary client) gets the 413 problem of the table above.
     */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() {
        String slug = newSlug();
        ObjectNode n = valid(slug);
        n.putObject("summary").put("en", "x".repeat(1_500_000));
        byte[] body = n.toString().getBytes(StandardCharsets.UTF_8);
        Response r = raw("POST", EVENTS, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body)), "Content-Type", "application/json");
        assertEquals(413, r.statusCode());
        given().get(EVENTS + "/" + slug).then().statusCode(404);
    }

    List<Case> cases() {
        List<Case> c = new ArrayList<>();
        String e = EVENTS + "?";

        // ---- limit
        c.add(new Case("limit=0", 400, () -> get(e + "limit=0")));
        c.add(new Case("negative limit", 400, () -> get(e + "limit=-5")));
        c.add(new Case("limit above 500", 400, () -> get(e + "limit=501")));
        c.add(new Case("limit beyond a long", 400, () -> get(e + "limit=99999999999999999999999")));
        c.add(new Case("non-numeric limit", 400, () -> get(e + "limit=abc")));
        c.add(new Case("SQL injection in limit", 400, () -> get(e + "limit=" + enc("1; DROP TABLE event;--"))));
        // ---- dates
        c.add(new Case("from=2023-02-30 (no such day)", 400, () -> get(e + "from=2023-02-30")));
        c.add(new Case("from=99999-01-01 (five-digit year)", 400, () -> get(e + "from=99999-01-01")));
        c.add(new Case("garbage to", 400, () -> get(e + "to=garbage")));
        c.add(new Case("month 13", 400, () -> get(e + "from=2013-13")));
        c.add(new Case("from after to", 400, () -> get(e + "from=2020&to=2010")));
        c.add(new Case("garbage updatedSince", 400, () -> get(e + "updatedSince=yesterday")));
        // ---- cursors
        c.add(new Case("cursor that is not base64", 400, () -> get(e + "cursor=not!base64*")));
        c.add(new Case("cursor of random bytes", 400, () -> get(e + "cursor=" + b64(new byte[]{(byte) 0xff, 0, 1, (byte) 0x80, 42}))));
        c.add(new Case("forged cursor of another sort", 400, () -> get(e + "cursor=" + b64("{\"o\":\"relevance\",\"s\":\"x\",\"r\":1}"))));
        c.add(new Case("forged cursor that is a JSON array", 400, () -> get(e + "cursor=" + b64("[\"date\",\"x\"]"))));
        c.add(new Case("forged cursor with SQL in its date key", 400, () -> get(e + "cursor=" + b64("{\"o\":\"date\",\"k\":\"' OR 1=1--\",\"s\":\"x\"}"))));
        c.add(new Case("forged cursor with a NUL in its slug", 400, () -> get(e + "cursor=" + b64("{\"o\":\"date\",\"k\":\"2013-04-19\",\"s\":\"a\\u0000b\"}"))));
        c.add(new Case("overlong cursor", 400, () -> get(e + "cursor=" + "A".repeat(1500))));
        // ---- enums, sort, flags, projection, language
        c.add(new Case("unknown category", 400, () -> get(e + "category=NOT_A_CATEGORY")));
        c.add(new Case("SQL injection in category", 400, () -> get(e + "category=" + enc("AGREEMENT,'; DROP TABLE event;--"))));
        c.add(new Case("unknown sort", 400, () -> get(e + "sort=sideways")));
        c.add(new Case("relevance sort without q", 400, () -> get(e + "sort=relevance")));
        c.add(new Case("includeTotal=maybe", 400, () -> get(e + "includeTotal=maybe")));
        c.add(new Case("unknown projected field", 400, () -> get(e + "fields=slug,password")));
        c.add(new Case("script as language", 400, () -> get(e + "lang=" + enc("<script>alert(1)</script>"))));
        // ---- slugs and texts in filters
        c.add(new Case("SQL injection in actor", 400, () -> get(e + "actor=" + enc("' OR 1=1--"))));
        c.add(new Case("script in tag", 400, () -> get(e + "tag=" + enc("<script>alert(1)</script>"))));
        c.add(new Case("1000-character q", 400, () -> get(e + "q=" + "a".repeat(1000))));
        c.add(new Case("10000-character q", 400, () -> get(e + "q=" + "a".repeat(10_000))));
        c.add(new Case("10000-character place", 400, () -> get(e + "place=" + "b".repeat(10_000))));
        c.add(new Case("NUL in q", 400, () -> get(e + "q=a%00b")));
        c.add(new Case("invalid UTF-8 %C3%28 in q", 400, () -> get(e + "q=%C3%28")));
        c.add(new Case("invalid UTF-8 %FF in q", 400, () -> get(e + "q=%FF")));
        c.add(new Case("SQL injection as search text finds nothing harmful", 200, () -> get(e + "q=" + enc("' OR 1=1--"))));
        c.add(new Case("DROP TABLE as search text", 200, () -> get(e + "q=" + enc("'; DROP TABLE event;--"))));
        // ---- content negotiation
        c.add(new Case("list with Accept: application/xml", 406, () -> given().accept("application/xml").get(EVENTS)));
        c.add(new Case("single event with Accept: text/html", 406, () -> given().accept("text/html").get(EVENTS + "/" + FIXTURE)));
        // ---- hostile paths
        c.add(new Case("SQL injection in the event slug", 404, () -> get(EVENTS + "/" + enc("' OR 1=1--"))));
        c.add(new Case("DROP TABLE in the event slug", 404, () -> get(EVENTS + "/" + enc("x; DROP TABLE event"))));
        c.add(new Case("script in the event slug", 404, () -> get(EVENTS + "/" + enc("<script>alert(1)</script>"))));
        c.add(new Case("encoded path traversal", 404, () -> get(EVENTS + "/..%2F..%2F..%2Fetc%2Fpasswd")));
        c.add(new Case("dot-segment path traversal", 404, () -> get(EVENTS + "/%2e%2e/%2e%2e/%2e%2e/etc/passwd")));
        c.add(new Case("invalid UTF-8 %C3%28 in the path", 404, () -> get(EVENTS + "/%C3%28")));
        c.add(new Case("invalid UTF-8 %FF in the path", 404, () -> get(EVENTS + "/%FF")));
        c.add(new Case("10000-character slug", 404, () -> get(EVENTS + "/" + "a".repeat(10_000))));
        c.add(new Case("unknown path", 404, () -> get("/api/v1/nothing-here")));
        c.add(new Case("unknown path outside the API", 404, () -> get("/etc/passwd")));
        c.add(new Case("DELETE on the collection", 405, () -> editor().delete(EVENTS)));
        c.add(new Case("PUT on the collection", 405, () -> editor().contentType("application/json").body("{}").put(EVENTS)));
        c.add(new Case("POST on an actor", 405, () -> editor().contentType("application/json").body("{}").post(ACTORS + "/hashim-thaci")));
        // ---- actors and changes
        c.add(new Case("unknown actor type", 400, () -> get(ACTORS + "?type=ALIEN")));
        c.add(new Case("negative actors limit", 400, () -> get(ACTORS + "?limit=-1")));
        c.add(new Case("forged actors cursor with a NUL", 400, () -> get(ACTORS + "?cursor=" + b64("{\"o\":\"slug\",\"s\":\"a\\u0000\"}"))));
        c.add(new Case("SQL injection in the actor slug", 404, () -> get(ACTORS + "/" + enc("' OR 1=1--"))));
        c.add(new Case("1000-character actor q", 400, () -> get(ACTORS + "?q=" + "c".repeat(1000))));
        c.add(new Case("garbage since in the changes feed", 400, () -> get(EVENTS + "/changes?since=2023-02-30T00:00:00Z")));
        c.add(new Case("forged changes cursor", 400, () -> get(EVENTS + "/changes?cursor=" + b64("{\"o\":\"changes\",\"k\":\"not-a-time\",\"s\":\"x\"}"))));

        // ---- bodies of creates, with a valid editor token
        c.add(new Case("malformed JSON body", 400, () -> post("application/json", "{\"slug\": \"x\",")));
        c.add(new Case("truncated JSON body", 400, () -> {
            String v = valid(newSlug()).toString();
            return post("application/json", v.substring(0, v.length() / 2));
        }));
        c.add(new Case("JSON array instead of an object", 400, () -> post("application/json", "[" + valid(newSlug()) + "]")));
        c.add(new Case("JSON string instead of an object", 400, () -> post("application/json", "\"an event\"")));
        c.add(new Case("JSON null body", 400, () -> post("application/json", "null")));
        c.add(new Case("empty body", 400, () -> post("application/json", "")));
        c.add(new Case("deeply nested JSON", 400, () -> post("application/json", "[".repeat(5000) + "]".repeat(5000))));
        c.add(new Case("title is a string, not a map", 400, () -> post(with(n -> n.put("title", "plain")))));
        c.add(new Case("actors is an object, not a list", 400, () -> post(with(n -> n.putObject("actors")))));
        c.add(new Case("sources is a number", 400, () -> post(with(n -> n.put("sources", 7)))));
        c.add(new Case("category is a number", 400, () -> post(with(n -> n.put("category", 3)))));
        c.add(new Case("unknown category in the body", 400, () -> post(with(n -> n.put("category", "COUP")))));
        c.add(new Case("unknown datePrecision", 400, () -> post(with(n -> n.put("datePrecision", "HOUR")))));
        c.add(new Case("date 2023-02-30 in the body", 400, () -> post(with(n -> n.put("date", "2023-02-30")))));
        c.add(new Case("date 99999-01-01 in the body", 400, () -> post(with(n -> n.put("date", "99999-01-01")))));
        c.add(new Case("garbage date in the body", 400, () -> post(with(n -> n.put("date", "last tuesday")))));
        c.add(new Case("SQL injection as slug", 422, () -> post(with(n -> n.put("slug", "x' OR 1=1--")))));
        c.add(new Case("script as slug", 422, () -> post(with(n -> n.put("slug", "<script>alert(1)</script>")))));
        c.add(new Case("10000-character slug in the body", 422, () -> post(with(n -> n.put("slug", "a".repeat(10_000))))));
        c.add(new Case("10000-character place in the body", 422, () -> post(with(n -> n.putArray("places").add("p".repeat(10_000))))));
        c.add(new Case("NUL in the English title", 400, () -> post(with(n -> n.putObject("title").put("en", "a\u0000b")))));
        c.add(new Case("NUL in a source quote", 400, () -> post(with(n -> ((ObjectNode) n.withArray("sources").get(0)).put("quote", "q\u0000")))));
        c.add(new Case("body over the 1M limit", 413, () -> post("application/json", hugeBody())));
        // ---- content types and auth
        c.add(new Case("text/plain body", 415, () -> post("text/plain", valid(newSlug()).toString())));
        c.add(new Case("application/xml body", 415, () -> post("application/xml", "<event><slug>x</slug></event>")));
        c.add(new Case("form body", 415, () -> post("application/x-www-form-urlencoded", "slug=x&date=2014-01-01")));
        c.add(new Case("wildcard */* Content-Type", 415, () -> editor().noContentType().body(valid(newSlug()).toString().getBytes(StandardCharsets.UTF_8)).post(EVENTS)));
        c.add(new Case("application/octet-stream body", 415, () -> post("application/octet-stream", valid(newSlug()).toString().getBytes(StandardCharsets.UTF_8))));
        c.add(new Case("no Content-Type", 415, () -> raw("POST", EVENTS, HttpRequest.BodyPublishers.ofString(valid(newSlug()).toString()))));
        c.add(new Case("create without a token", 401, () -> given().contentType("application/json").body(valid(newSlug()).toString()).post(EVENTS)));
        c.add(new Case("create with a forged token", 401, () -> given().auth().oauth2(TestTokens.foreignEditor()).contentType("application/json").body(valid(newSlug()).toString()).post(EVENTS)));
        c.add(new Case("create with a garbage token", 401, () -> given().header("Authorization", "Bearer " + b64("not a jwt")).contentType("application/json").body(valid(newSlug()).toString()).post(EVENTS)));
        c.add(new Case("create without the editor group", 403, () -> given().auth().oauth2(TestTokens.reader()).contentType("application/json").body(valid(newSlug()).toString()).post(EVENTS)));

        // ---- updates of the fixture
        String fx = EVENTS + "/" + FIXTURE;
        c.add(new Case("PUT without If-Match", 428, () -> editor().contentType("application/json").body(valid(FIXTURE).toString()).put(fx)));
        c.add(new Case("PUT with a garbage If-Match", 412, () -> editor().header("If-Match", "not-an-etag").contentType("application/json").body(valid(FIXTURE).toString()).put(fx)));
        c.add(new Case("PUT with a stale If-Match", 412, () -> editor().header("If-Match", "\"987654\"").contentType("application/json").body(valid(FIXTURE).toString()).put(fx)));
        c.add(new Case("PUT with an overlong If-Match", 412, () -> editor().header("If-Match", "\"" + "9".repeat(5000) + "\"").contentType("application/json").body(valid(FIXTURE).toString()).put(fx)));
        c.add(new Case("PUT that changes the slug", 422, () -> editor().header("If-Match", etag()).contentType("application/json").body(valid(newSlug()).toString()).put(fx)));
        c.add(new Case("PUT with a malformed body", 400, () -> editor().header("If-Match", etag()).contentType("application/json").body("{\"slug\":").put(fx)));
        c.add(new Case("PUT with a JSON array", 400, () -> editor().header("If-Match", etag()).contentType("application/json").body("[]").put(fx)));
        c.add(new Case("PATCH with a JSON array", 400, () -> patch("[1, 2]")));
        c.add(new Case("PATCH with an unknown category", 400, () -> patch("{\"category\": \"NOPE\"}")));
        c.add(new Case("PATCH with date 2023-02-30", 400, () -> patch("{\"date\": \"2023-02-30\"}")));
        c.add(new Case("PATCH that removes the title", 422, () -> patch("{\"title\": null}")));
        c.add(new Case("PATCH with a NUL in the summary", 400, () -> patch("{\"summary\": {\"en\": \"x\\u0000y\"}}")));
        c.add(new Case("PATCH as text/plain", 415, () -> editor().header("If-Match", etag()).contentType("text/plain").body("{}").patch(fx)));
        c.add(new Case("DELETE with a weak garbage If-Match", 412, () -> editor().header("If-Match", "W/\"abc\", \"\"").delete(fx)));
        c.add(new Case("DELETE of an event that does not exist", 404, () -> editor().header("If-Match", "\"0\"").delete(EVENTS + "/no-such-event-" + RUN)));
        c.add(new Case("DELETE of a SQL-injection slug", 404, () -> editor().header("If-Match", "*").delete(EVENTS + "/" + enc("x' OR '1'='1"))));
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
        return editor().contentType(contentType).body(body).post(EVENTS);
    }

    static Response post(String contentType, byte[] body) {
        return editor().contentType(contentType).body(body).post(EVENTS);
    }

    static Response post(ObjectNode body) {
        return post("application/json", body.toString());
    }

    static Response patch(String body) {
        return editor().header("If-Match", etag()).contentType("application/merge-patch+json").body(body)
                .patch(EVENTS + "/" + FIXTURE);
    }

    static String etag() {
        return given().get(EVENTS + "/" + FIXTURE).then().statusCode(200).extract().header("ETag");
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

    /** A valid new event with one change. */
    static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode n = valid(newSlug());
        change.accept(n);
        return n;
    }

    /** 1.5 MB of otherwise valid JSON (a long summary). */
    static byte[] hugeBody() {
        ObjectNode n = valid(newSlug());
        n.putObject("summary").put("en", "x".repeat(1_500_000));
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
