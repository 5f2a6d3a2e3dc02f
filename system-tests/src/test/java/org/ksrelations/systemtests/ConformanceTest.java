package org.ksrelations.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same mistake gets the same answer from every service and from the gateway: one table of mistakes is sent
 * through the gateway of the packaged suite to every list and every write route, and every answer must be the same
 * problem — {@code type}, {@code title}, {@code status}, {@code detail} and {@code errors[].field} (and the message,
 * where it does not name the route's own allowed values).
 */
class ConformanceTest {

    static final String AGREEMENT = "/api/v1/agreements/2013-04-19-brussels-agreement";

    /** Every list, with the query parameters it takes that the table exercises. */
    record ListRoute(String path, Set<String> params, String enumParam) {
    }

    static final List<ListRoute> LISTS = List.of(
            new ListRoute("/api/v1/events", Set.of("from", "lang", "includeTotal", "updatedSince"), "category"),
            new ListRoute("/api/v1/actors", Set.of("includeTotal", "updatedSince"), "type"),
            new ListRoute("/api/v1/agreements", Set.of("from", "lang", "includeTotal", "updatedSince"), "status"),
            new ListRoute("/api/v1/agreements/milestones", Set.of("from", "lang", "includeTotal", "updatedSince"), "type"),
            new ListRoute(AGREEMENT + "/milestones", Set.of("lang", "includeTotal", "updatedSince"), "type"),
            new ListRoute(AGREEMENT + "/provisions", Set.of("includeTotal", "updatedSince"), "implementationStatus"),
            new ListRoute("/api/v1/states", Set.of("includeTotal", "updatedSince"), "stance"),
            new ListRoute("/api/v1/recognitions", Set.of("from", "lang", "includeTotal", "updatedSince"), "type"),
            new ListRoute("/api/v1/memberships", Set.of("lang", "includeTotal", "updatedSince"), "kind"),
            new ListRoute("/api/v1/timeline", Set.of("from", "lang"), "kinds"),
            new ListRoute("/api/v1/events/changes", Set.of("since", "lang"), null),
            new ListRoute("/api/v1/agreements/changes", Set.of("since", "lang"), null),
            new ListRoute("/api/v1/recognitions/changes", Set.of("since", "lang"), null));

    /** The expected problem: what every route must answer to one mistake. */
    record Expected(int status, String type, String title, String detail, String field, String message) {
    }

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-conformance");

    /** A problem of the type https://ksrelations.org/problems/{@code type} about no field. */
    static Expected problem(int status, String type, String title, String detail) {
        return new Expected(status, "https://ksrelations.org/problems/" + type, title, detail, null, null);
    }

    static Expected badParam(String param, String message) {
        return new Expected(400, "https://ksrelations.org/problems/invalid-parameter", "Invalid parameter",
                "parameter '" + param + "' is invalid", param, message);
    }

    static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void everyListAnswersTheSameProblemToTheSameBadParameter() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (ListRoute route : LISTS) {
            Map<String, Expected> table = new java.util.LinkedHashMap<>();
            table.put("limit=0", badParam("limit", "must be between 1 and 500"));
            table.put("limit=501", badParam("limit", "must be between 1 and 500"));
            table.put("limit=ten", badParam("limit", "must be a whole number between 1 and 500"));
            table.put("cursor=bm90IGEgY3Vyc29y", badParam("cursor", "is not a cursor this API issued"));
            table.put("cursor=" + q("{\"o\":\"x\"}"), badParam("cursor", "is not a cursor this API issued"));
            if (route.params().contains("from")) {
                table.put("from=2013-02-30", badParam("from", "must be an ISO-8601 date (YYYY-MM-DD, YYYY-MM or YYYY)"));
                table.put("from=2013-13", badParam("from", "must be an ISO-8601 date (YYYY-MM-DD, YYYY-MM or YYYY)"));
            }
            if (route.params().contains("lang")) {
                table.put("lang=english", badParam("lang", "must be a two-letter language code or 'all'"));
            }
            if (route.params().contains("includeTotal")) {
                table.put("includeTotal=perhaps", badParam("includeTotal", "must be true or false"));
            }
            for (String p : List.of("updatedSince", "since")) {
                if (route.params().contains(p)) {
                    table.put(p + "=yesterday", badParam(p, "must be an ISO-8601 timestamp such as 2024-01-31T12:00:00Z"));
                }
            }
            if (route.enumParam() != null) {
                // the message names the route's own allowed values: only its start is common
                table.put(route.enumParam() + "=NOPE", badParam(route.enumParam(), "unknown value 'NOPE'; allowed: "));
            }
            for (Map.Entry<String, Expected> m : table.entrySet()) {
                Http.Res r = Http.get(SUITE.gateway() + route.path() + "?" + m.getKey());
                check(r, m.getValue(), m.getKey().startsWith(route.enumParam() + "="), mismatches);
                checked++;
            }
        }
        assertTrue(checked > 60, "the table covers every list");
        assertEquals(List.of(), mismatches, "answers that differ from the catalogue's problem");
    }

    @Test
    void shorthandDatesAreAcceptedWhereverDatesAre() {
        for (ListRoute route : LISTS) {
            if (route.params().contains("from")) {
                for (String from : List.of("2013", "2013-04", "2013-04-19")) {
                    Http.Res r = Http.get(SUITE.gateway() + route.path() + "?from=" + from + "&limit=1");
                    assertEquals(200, r.status(), () -> "from=" + from + ": " + r);
                }
            }
        }
    }

    @Test
    void everyWriteAnswersTheSameProblemToTheSameMistake() {
        String editor = SUITE.keys().token("conformance-editor", Set.of("editor"), Duration.ofMinutes(30));
        String reader = SUITE.keys().token("conformance-reader", Set.of("reader"), Duration.ofMinutes(30));
        String usAct = Http.get(SUITE.gateway() + "/api/v1/states/US").json().getString("acts[0].id");
        List<GatewaySecurityTest.Write> writes = GatewaySecurityTest.writes(
                "2008-02-17-conformance-" + System.nanoTime(), "2008-02-17-conformance-agreement-" + System.nanoTime(),
                usAct);
        Expected noToken = problem(401, "unauthorized", "Unauthorized", "this operation needs a bearer token");
        Expected wrongGroup = problem(403, "forbidden", "Forbidden", "this operation needs the group 'editor'");
        Expected badJson = problem(400, "malformed-body", "Malformed request body", "malformed JSON body");
        Expected wrongType = problem(415, "unsupported-media-type", "Unsupported media type",
                "unsupported content type; send application/json");
        Expected tooLarge = problem(413, "payload-too-large", "Payload too large",
                "the request body is larger than the limit of 1048576 bytes");
        Expected noIfMatch = problem(428, "precondition-required", "Precondition required",
                "send If-Match with the ETag of the version you are changing");
        Expected staleIfMatch = problem(412, "precondition-failed", "Precondition failed",
                "If-Match does not match the current version (ETag ");
        String big = "{\"note\": \"" + "x".repeat(1_100_000) + "\"}";
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (GatewaySecurityTest.Write w : writes) {
            String url = SUITE.gateway() + w.path();
            String type = w.contentType() == null ? "application/json" : w.contentType();
            String body = w.body() == null ? "{}" : w.body();
            boolean hasBody = w.body() != null;
            boolean versioned = w.etagOf() != null;
            check(Http.send(w.method(), url, w.body(), headers(type, hasBody, null, null)), noToken, false, mismatches);
            check(Http.send(w.method(), url, w.body(), headers(type, hasBody, reader, null)), wrongGroup, false, mismatches);
            checked += 2;
            if (hasBody) {
                check(Http.send(w.method(), url, "{\"title\": ", headers(type, true, editor, "*")), badJson, false, mismatches);
                check(Http.send(w.method(), url, body, headers("text/plain", true, editor, "*")), wrongType, false, mismatches);
                check(Http.send(w.method(), url, big, headers(type, true, editor, "*")), tooLarge, false, mismatches);
                checked += 3;
            }
            if (versioned && !w.method().equals("PUT")) {
                // PUT validates its body before it looks at If-Match; the others look at If-Match first
                check(Http.send(w.method(), url, w.body(), headers(type, hasBody, editor, null)), noIfMatch, false, mismatches);
                check(Http.send(w.method(), url, w.body(), headers(type, hasBody, editor, "\"999999\"")), staleIfMatch,
                        true, mismatches);
                checked += 2;
            }
        }
        assertTrue(checked > 40, "the table covers every write route");
        assertEquals(List.of(), mismatches, "answers that differ from the catalogue's problem");
    }

    static String[] headers(String contentType, boolean hasBody, String token, String ifMatch) {
        List<String> h = new ArrayList<>(List.of("Accept", "application/json"));
        if (hasBody) {
            h.addAll(List.of("Content-Type", contentType));
        }
        if (token != null) {
            h.addAll(List.of("Authorization", "Bearer " + token));
        }
        if (ifMatch != null) {
            h.addAll(List.of("If-Match", ifMatch));
        }
        return h.toArray(String[]::new);
    }

    /**
     * Compares an answer with the expected problem; {@code prefix} compares the start of the message (or of the detail,
     * when the expected problem names no field), where the rest names route-specific values.
     */
    static void check(Http.Res r, Expected e, boolean prefix, List<String> mismatches) {
        String where = r.method() + " " + r.url().replaceFirst("^http://[^/]+", "");
        if (r.status() != e.status() || !r.isProblem()) {
            mismatches.add(where + ": " + r.status() + " " + r.header("Content-Type") + ", expected " + e.status());
            return;
        }
        JsonPath j = r.json();
        String detail = j.getString("detail");
        boolean detailOk = prefix && e.field() == null ? detail != null && detail.startsWith(e.detail())
                : Objects.equals(detail, e.detail());
        String field = j.getString("errors[0].field");
        String message = j.getString("errors[0].message");
        boolean messageOk = e.message() == null || (message != null
                && (prefix ? message.startsWith(e.message()) : message.equals(e.message())));
        if (!Objects.equals(j.getString("type"), e.type()) || !Objects.equals(j.getString("title"), e.title())
                || j.getInt("status") != e.status() || !detailOk || !Objects.equals(field, e.field()) || !messageOk) {
            mismatches.add(where + ": " + r.body());
        }
    }
}
