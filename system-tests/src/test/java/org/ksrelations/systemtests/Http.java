package org.ksrelations.systemtests;

import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for the fault tests, with an explicit client-side timeout on every request: a request that
 * hangs fails with {@link java.net.http.HttpTimeoutException} instead of blocking the test.
 */
final class Http {

    /** The client-side timeout of every request (the gateway's downstream timeout is 5 s, plus one retry). */
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Http() {
    }

    record Res(String method, String url, int status, java.net.http.HttpHeaders headers, String body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        boolean isProblem() {
            String ct = header("Content-Type");
            return ct != null && ct.startsWith("application/problem+json");
        }

        JsonPath json() {
            return JsonPath.from(body);
        }

        @Override
        public String toString() {
            return method + " " + url + " -> " + status + " " + header("Content-Type") + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** Bodies longer than this ask {@code Expect: 100-continue} first (the applications' body limit is 1 MiB). */
    static final int EXPECT_CONTINUE_ABOVE = 1 << 20;

    static Res get(String url, String... headers) {
        return send("GET", url, null, headers);
    }

    /** Sends a request; {@code headers} are name, value pairs. Throws when the request fails or times out. */
    static Res send(String method, String url, String body, String... headers) {
        try {
            return trySend(method, url, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Res trySend(String method, String url, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null && body.length() > EXPECT_CONTINUE_ABOVE) {
            // a body over the applications' limit is refused (413) from its headers, and the connection closed; sent
            // without waiting, its unread bytes make that close a reset, which can lose the 413 on its way to the client
            b.expectContinue(true);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Res(method, url, r.statusCode(), r.headers(), r.body());
    }
}
