package org.ksrelations.testing;

import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The hostile-input runner of the services' tests: a table of malformed and hostile requests, each sent over real
 * HTTP and answered with a problem ({@link Problems#assertProblem}) or, for the few hostile values that are valid
 * search texts, plain JSON; the database is snapshot before and compared after the whole batch. Plus the request
 * helpers the tables are written with. The cases every list, item path or write has are in {@link ListCases} and
 * {@link WriteCases}; each service adds its domain's own.
 */
public final class HostileRequests {

    /** A hostile-input table has at least this many requests. */
    public static final int MIN_CASES = 50;

    private static String editorToken;

    private HostileRequests() {
    }

    /**
     * One hostile request and the status it must be answered with: 4xx as a problem, 2xx as JSON; a {@code bare} case
     * only by its status (what the HTTP layer refuses before Quarkus lets a handler see it).
     */
    public record Case(String name, int status, Supplier<Response> request, boolean bare) {

        public Case(String name, int status, Supplier<Response> request) {
            this(name, status, request, false);
        }

        public static Case bare(String name, int status, Supplier<Response> request) {
            return new Case(name, status, request, true);
        }
    }

    /**
     * The dynamic tests of a table: first {@code setup} (named {@code setupName}, for the fixture the cases aim at)
     * and the snapshot of the database, then one test per case, then the comparison with the snapshot.
     */
    public static Stream<DynamicTest> run(List<Case> cases, String setupName, Runnable setup, DataSource dataSource) {
        assertTrue(cases.size() >= MIN_CASES, "at least " + MIN_CASES + " hostile requests, got " + cases.size());
        AtomicReference<Map<String, String>> before = new AtomicReference<>();
        Stream<DynamicTest> first = Stream.of(dynamicTest(setupName, () -> {
            setup.run();
            before.set(DbSnapshot.take(dataSource));
        }));
        Stream<DynamicTest> requests = cases.stream().map(c -> dynamicTest(c.name() + " -> " + c.status(), () -> {
            Response r = c.request().get();
            if (c.bare()) {
                assertEquals(c.status(), r.statusCode(), () -> "HTTP status; body was: " + Problems.abbreviate(r.asString()));
            } else if (c.status() >= 400) {
                Problems.assertProblem(r, c.status());
            } else {
                Problems.assertJson(r, c.status());
            }
        }));
        Stream<DynamicTest> check = Stream.of(dynamicTest("the database is unchanged after the " + cases.size()
                + " hostile requests", () -> assertEquals(before.get(), DbSnapshot.take(dataSource))));
        return Stream.of(first, requests, check).flatMap(s -> s);
    }

    /** A valid token of the {@code editor} group, made once. */
    public static synchronized String editorToken() {
        if (editorToken == null) {
            editorToken = TestTokens.editor();
        }
        return editorToken;
    }

    /** A request with the editor's token whose URL is sent exactly as written (no percent-encoding added). */
    public static RequestSpecification editor() {
        return given().urlEncodingEnabled(false).auth().oauth2(editorToken());
    }

    /** A GET of a URL written exactly as given (already percent-encoded, or deliberately not). */
    public static Response get(String rawUrl) {
        return given().urlEncodingEnabled(false).get(rawUrl);
    }

    /**
     * A request with the editor's token sent with the JDK's HTTP client, for what REST Assured cannot send: a body
     * without any Content-Type (it adds one) or a chunked body without Content-Length. {@code headers} are name, value
     * pairs. Answered as a REST Assured response.
     */
    public static Response raw(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes a query value or path segment (a space as %20). */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** URL-safe base64 without padding, as cursors are written. */
    public static String b64(String s) {
        return b64(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
