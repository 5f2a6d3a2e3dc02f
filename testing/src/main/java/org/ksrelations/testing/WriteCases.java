package org.ksrelations.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.ksrelations.testing.HostileRequests.Case;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.ksrelations.testing.HostileRequests.b64;
import static org.ksrelations.testing.HostileRequests.editor;
import static org.ksrelations.testing.HostileRequests.raw;

/**
 * The hostile requests every write of the API gets, whatever its domain: strict JSON, the body limit, content types,
 * authentication and the editor group, If-Match. The service says where and how it writes; the bodies that are
 * wrong for its domain stay in its own table.
 */
public final class WriteCases {

    public static final String JSON = "application/json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private WriteCases() {
    }

    /**
     * Where a service creates records: a POST to {@code path} of {@code valid()} bodies (a new one each time), with the
     * header pairs of {@code headers()} (for example a parent's If-Match; none: an empty array); {@code huge()} is an
     * otherwise valid body over the 1 MB limit.
     */
    public record Creates(String path, Supplier<String> valid, Supplier<byte[]> huge, Supplier<String[]> headers) {

        public static Creates at(String path, Supplier<String> valid, Supplier<byte[]> huge) {
            return new Creates(path, valid, huge, () -> new String[0]);
        }

        /** A POST with the editor's token, this content type and body (sent as it is). */
        public Response post(String contentType, String body) {
            return with(editor()).contentType(contentType).body(body).post(path);
        }

        public Response post(String contentType, byte[] body) {
            return with(editor()).contentType(contentType).body(body).post(path);
        }

        /** {@code spec} with the target's headers. */
        public RequestSpecification with(RequestSpecification spec) {
            String[] h = headers.get();
            for (int i = 0; i + 1 < h.length; i += 2) {
                spec = spec.header(h[i], h[i + 1]);
            }
            return spec;
        }
    }

    /** Creates that are not one valid JSON object, too large, of the wrong type, or without an editor's token. */
    public static List<Case> creates(Creates t) {
        List<Case> c = new ArrayList<>(json(b -> t.post(JSON, b), t.valid()));
        c.add(new Case("body over the 1M limit", 413, () -> t.post(JSON, t.huge().get())));
        c.add(Case.bare("chunked body over the 1M limit (bare 413)", 413, () -> chunked(t)));
        c.add(new Case("text/plain body", 415, () -> t.post("text/plain", t.valid().get())));
        c.add(new Case("application/xml body", 415, () -> t.post("application/xml", "<record><slug>x</slug></record>")));
        c.add(new Case("form body", 415, () -> t.post("application/x-www-form-urlencoded", "slug=x&date=2014-01-01")));
        c.add(new Case("wildcard */* Content-Type", 415, () -> t.with(editor()).noContentType()
                .body(t.valid().get().getBytes(StandardCharsets.UTF_8)).post(t.path())));
        c.add(new Case("application/octet-stream body", 415, () -> t.post("application/octet-stream",
                t.valid().get().getBytes(StandardCharsets.UTF_8))));
        c.add(new Case("no Content-Type", 415, () -> raw("POST", t.path(),
                HttpRequest.BodyPublishers.ofString(t.valid().get()), t.headers().get())));
        c.add(new Case("create without a token", 401, () -> t.with(given()).contentType(JSON).body(t.valid().get())
                .post(t.path())));
        c.add(new Case("create with a forged token", 401, () -> t.with(given().auth().oauth2(TestTokens.foreignEditor()))
                .contentType(JSON).body(t.valid().get()).post(t.path())));
        c.add(new Case("create with a garbage token", 401, () -> t.with(given().header("Authorization", "Bearer "
                + b64("not a jwt"))).contentType(JSON).body(t.valid().get()).post(t.path())));
        c.add(new Case("create without the editor group", 403, () -> t.with(given().auth().oauth2(TestTokens.reader()))
                .contentType(JSON).body(t.valid().get()).post(t.path())));
        return c;
    }

    /**
     * A chunked body (no Content-Length) over the limit is only found too large while it is being read, by RESTEasy
     * Reactive's input stream, which itself answers a bare 413 and closes the connection; no exception mapper sees it.
     * A body that announces its length (every ordinary client) gets the 413 problem. That nothing was created is the
     * database snapshot's to show.
     */
    private static Response chunked(Creates t) {
        byte[] body = t.huge().get();
        String[] h = t.headers().get();
        String[] headers = new String[h.length + 2];
        headers[0] = "Content-Type";
        headers[1] = JSON;
        System.arraycopy(h, 0, headers, 2, h.length);
        return raw("POST", t.path(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), headers);
    }

    /** Bodies that are not one JSON object, sent by {@code send}; {@code valid} is a valid body to break. */
    public static List<Case> json(Function<String, Response> send, Supplier<String> valid) {
        return List.of(
                new Case("malformed JSON body", 400, () -> send.apply("{\"slug\": \"x\",")),
                new Case("truncated JSON body", 400, () -> {
                    String v = valid.get();
                    return send.apply(v.substring(0, v.length() / 2));
                }),
                new Case("JSON array instead of an object", 400, () -> send.apply("[" + valid.get() + "]")),
                new Case("JSON string instead of an object", 400, () -> send.apply("\"a record\"")),
                new Case("JSON null body", 400, () -> send.apply("null")),
                new Case("empty body", 400, () -> send.apply("")),
                new Case("deeply nested JSON", 400, () -> send.apply("[".repeat(5000) + "]".repeat(5000))));
    }

    /**
     * A write that needs If-Match ({@code what}, for example "PUT"), made by {@code send} from a request that has the
     * editor's token and the If-Match under test: without it 428, with a garbage, stale or overlong one 412.
     */
    public static List<Case> preconditions(String what, Function<RequestSpecification, Response> send) {
        return List.of(
                new Case(what + " without If-Match", 428, () -> send.apply(editor())),
                new Case(what + " with a garbage If-Match", 412, () -> send.apply(editor().header("If-Match", "not-an-etag"))),
                new Case(what + " with a stale If-Match", 412, () -> send.apply(editor().header("If-Match", "\"987654\""))),
                new Case(what + " with an overlong If-Match", 412, () -> send.apply(editor()
                        .header("If-Match", "\"" + "9".repeat(5000) + "\""))));
    }

    /** A write whose body must be a JSON object ({@code what}, for example "PUT"): malformed JSON, a JSON array. */
    public static List<Case> objectBody(String what, Function<String, Response> send) {
        return List.of(
                new Case(what + " with malformed JSON", 400, () -> send.apply("{\"slug\":")),
                new Case(what + " with a JSON array", 400, () -> send.apply("[1, 2]")));
    }

    /**
     * The date of a record and its precision ({@code field}, {@code precision}), sent by {@code create} (a create of a
     * new valid record with one change): no such day, a five-digit year, garbage, an unknown precision.
     */
    public static List<Case> date(String field, String precision, Function<Consumer<ObjectNode>, Response> create) {
        return List.of(
                new Case("unknown " + precision, 400, () -> create.apply(n -> n.put(precision, "HOUR"))),
                new Case(field + " 2023-02-30 in the body", 400, () -> create.apply(n -> n.put(field, "2023-02-30"))),
                new Case(field + " 99999-01-01 in the body", 400, () -> create.apply(n -> n.put(field, "99999-01-01"))),
                new Case("garbage " + field + " in the body", 400, () -> create.apply(n -> n.put(field, "last tuesday"))));
    }

    /** A slug the client chooses, sent by {@code create}: SQL, a script, 10,000 characters are not slugs (422). */
    public static List<Case> slug(Function<Consumer<ObjectNode>, Response> create) {
        return List.of(
                new Case("SQL injection as slug", 422, () -> create.apply(n -> n.put("slug", "x' OR 1=1--"))),
                new Case("script as slug", 422, () -> create.apply(n -> n.put("slug", "<script>alert(1)</script>"))),
                new Case("10000-character slug in the body", 422, () -> create.apply(n -> n.put("slug", "a".repeat(10_000)))));
    }

    /**
     * A localized {@code title} (a map of language to text), sent by {@code create}: a plain string, a NUL (400); and
     * by {@code patch} (a merge patch of a record): removing it (422), a NUL in the localized {@code summary} (400).
     */
    public static List<Case> title(Function<Consumer<ObjectNode>, Response> create, Function<String, Response> patch) {
        return List.of(
                new Case("title is a string, not a map", 400, () -> create.apply(n -> n.put("title", "plain"))),
                new Case("NUL in the English title", 400, () -> create.apply(n -> n.putObject("title").put("en", "a\u0000b"))),
                new Case("PATCH that removes the title", 422, () -> patch.apply("{\"title\": null}")),
                new Case("PATCH with a NUL in the summary", 400, () -> patch.apply("{\"summary\": {\"en\": \"x\\u0000y\"}}")));
    }

    /** The {@code sources} of a record, sent by {@code create}: not a list, a NUL in a source's title or quote (400). */
    public static List<Case> sources(Function<Consumer<ObjectNode>, Response> create) {
        return List.of(
                new Case("sources is a number", 400, () -> create.apply(n -> n.put("sources", 7))),
                new Case("sources is an object, not a list", 400, () -> create.apply(n -> n.putObject("sources"))),
                new Case("NUL in a source title", 400, () -> create.apply(n -> source(n).put("title", "t\u0000"))),
                new Case("NUL in a source quote", 400, () -> create.apply(n -> source(n).put("quote", "q\u0000"))));
    }

    private static ObjectNode source(ObjectNode record) {
        return (ObjectNode) record.withArray("sources").get(0);
    }

    /**
     * Merge patches of {@code item} with its current ETag ({@code etag}): a body that is not a JSON object (400), or
     * not sent as JSON (415).
     */
    public static List<Case> mergePatch(String item, Supplier<String> etag) {
        List<Case> c = new ArrayList<>(objectBody("PATCH", b -> editor().header("If-Match", etag.get())
                .contentType(MERGE_PATCH).body(b).patch(item)));
        c.add(new Case("PATCH as text/plain", 415, () -> editor().header("If-Match", etag.get()).contentType("text/plain")
                .body("{}").patch(item)));
        return c;
    }
}
