package org.ksrelations.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ksrelations.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authentication and request limits through the gateway of the packaged suite: every write without a valid editor
 * token is refused with problem+json and leaves the databases unchanged; oversized bodies and page sizes are 4xx.
 */
class GatewaySecurityTest {

    static final String EVENT = "2008-02-17-kosovo-declares-independence";
    static final String AGREEMENT = "2013-04-19-brussels-agreement";

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-security");

    record Write(String method, String path, String contentType, String body, String etagOf) {
    }

    static String event(String slug, String title) {
        return """
                {"slug": "%s", "date": "2008-02-17", "datePrecision": "DAY",
                 "title": {"en": "%s"}, "summary": {"en": "Written by an intruder."},
                 "category": "DIPLOMACY", "sources": [{"title": "Intruder"}]}""".formatted(slug, title);
    }

    /** Writes on events, agreements, states and their recognition acts, each one that an editor could make. */
    static List<Write> writes(String newEvent, String newAgreement, String usAct) {
        String json = "application/json";
        String patch = "application/merge-patch+json";
        String e = "/api/v1/events/" + EVENT;
        String a = "/api/v1/agreements/" + AGREEMENT;
        return List.of(
                new Write("POST", "/api/v1/events", json, event(newEvent, "Intruder event"), null),
                new Write("PUT", e, json, event(EVENT, "Overwritten by an intruder"), e),
                new Write("PATCH", e, patch, "{\"tags\": [\"intruder\"]}", e),
                new Write("DELETE", e, null, null, e),
                new Write("POST", "/api/v1/agreements", json, """
                        {"slug": "%s", "title": {"en": "Intruder agreement"}, "kind": "BILATERAL_AGREEMENT",
                         "status": "PROPOSED", "parties": ["serbia", "kosovo"], "sources": [{"title": "Intruder"}]}"""
                        .formatted(newAgreement), null),
                new Write("PATCH", a, patch, "{\"tags\": [\"intruder\"]}", a),
                new Write("DELETE", a, null, null, a),
                new Write("POST", a + "/milestones", json, """
                        {"date": "2013-06-28", "datePrecision": "DAY", "type": "RATIFIED",
                         "description": {"en": "Intruder"}, "sources": [{"title": "Intruder"}]}""", a),
                new Write("DELETE", a + "/provisions/1", null, null, a),
                new Write("PATCH", "/api/v1/states/DZ", patch, "{\"note\": \"intruder\"}", "/api/v1/states/DZ"),
                new Write("POST", "/api/v1/states/DZ/acts", json, """
                        {"type": "RECOGNITION", "date": "2024-03-01", "datePrecision": "DAY", "verified": true,
                         "sources": [{"title": "Intruder"}]}""", "/api/v1/states/DZ"),
                new Write("DELETE", "/api/v1/states/US/acts/" + usAct, null, null, "/api/v1/states/US"));
    }

    /** Status, ETag and body of every record the writes aim at. */
    static Map<String, String> snapshot(List<String> paths) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : paths) {
            Http.Res r = Http.get(SUITE.gateway() + p, "Accept-Language", "en");
            out.put(p, r.status() + " " + r.header("ETag") + " " + r.body());
        }
        return out;
    }

    /** A token with {@code "alg": "none"}: claims to be an editor, carries no signature. */
    static String unsignedEditor() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"https://ksrelations.org/dev\",\"sub\":\"intruder\","
                + "\"upn\":\"intruder\",\"groups\":[\"editor\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    @Test
    void writesWithoutAValidEditorTokenAreRefusedAndChangeNothing() {
        String usAct = Http.get(SUITE.gateway() + "/api/v1/states/US").json().getString("acts[0].id");
        assertNotNull(usAct);
        String newEvent = "2008-02-17-intruder-" + System.nanoTime();
        String newAgreement = "2008-02-17-intruder-agreement-" + System.nanoTime();
        List<Write> writes = writes(newEvent, newAgreement, usAct);
        List<String> watched = List.of("/api/v1/events/" + EVENT, "/api/v1/events/" + newEvent,
                "/api/v1/agreements/" + AGREEMENT, "/api/v1/agreements/" + AGREEMENT + "/provisions",
                "/api/v1/agreements/" + AGREEMENT + "/milestones", "/api/v1/agreements/" + newAgreement,
                "/api/v1/states/DZ", "/api/v1/states/US", "/api/v1/events/changes?since=" + Instant.now());
        Map<String, String> before = snapshot(watched);
        assertTrue(before.get("/api/v1/events/" + newEvent).startsWith("404"));

        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("no token", null);
        authorizations.put("expired token", "Bearer " + SUITE.keys().expiredToken("intruder", Set.of("editor")));
        authorizations.put("token signed by another key", "Bearer " + TestTokens.foreignEditor());
        authorizations.put("malformed token", "Bearer abc");
        authorizations.put("unsigned token (alg none)", "Bearer " + unsignedEditor());
        authorizations.put("not a bearer token", "Basic ZWRpdG9yOmVkaXRvcg==");
        authorizations.put("valid token without the editor group",
                "Bearer " + SUITE.keys().token("reader", Set.of("reader"), Duration.ofMinutes(10)));

        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, String> auth : authorizations.entrySet()) {
            int expected = auth.getKey().startsWith("valid") ? 403 : 401;
            for (Write w : writes) {
                List<String> headers = new ArrayList<>();
                if (auth.getValue() != null) {
                    headers.addAll(List.of("Authorization", auth.getValue()));
                }
                if (w.contentType() != null) {
                    headers.addAll(List.of("Content-Type", w.contentType()));
                }
                if (w.etagOf() != null) {
                    headers.addAll(List.of("If-Match", Http.get(SUITE.gateway() + w.etagOf()).header("ETag")));
                }
                Http.Res r = Http.send(w.method(), SUITE.gateway() + w.path(), w.body(), headers.toArray(String[]::new));
                tried++;
                boolean ok = r.status() == expected && r.isProblem() && r.json().getInt("status") == expected
                        && (expected != 401 || r.header("WWW-Authenticate") != null);
                if (!ok) {
                    wrong.add(auth.getKey() + ": " + r);
                }
            }
        }
        System.out.println("[security] " + tried + " refused writes through the gateway, " + wrong.size() + " wrong");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " writes not refused as expected: " + String.join("\n", wrong));
        assertEquals(before, snapshot(watched), "the refused writes changed nothing");
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        String slug = "2008-02-17-oversized-" + System.nanoTime();
        String huge = event(slug, "x".repeat(1_200_000));
        String editor = "Bearer " + SUITE.editorToken("limits");
        for (String base : List.of(SUITE.gateway(), SUITE.app("events").baseUrl())) {
            Http.Res r = Http.send("POST", base + "/api/v1/events", huge, "Authorization", editor,
                    "Content-Type", "application/json");
            assertEquals(413, r.status(), r::toString);
            if (base.equals(SUITE.gateway())) {
                assertTrue(r.isProblem(), r::toString);
                assertEquals(413, r.json().getInt("status"), r::toString);
            }
        }
        assertEquals(404, Http.get(SUITE.gateway() + "/api/v1/events/" + slug).status());
    }

    @Test
    void aHugePageSizeIs400() {
        for (String path : List.of("/api/v1/events", "/api/v1/actors", "/api/v1/agreements", "/api/v1/states",
                "/api/v1/recognitions", "/api/v1/timeline", "/api/v1/agreements/milestones")) {
            Http.Res r = Http.get(SUITE.gateway() + path + "?limit=100000");
            assertEquals(400, r.status(), r::toString);
            assertTrue(r.isProblem(), r::toString);
            assertEquals(400, r.json().getInt("status"), r::toString);
        }
    }
}
