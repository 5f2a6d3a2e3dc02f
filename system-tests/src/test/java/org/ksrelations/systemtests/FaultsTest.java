package org.ksrelations.systemtests;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures injected into a running packaged suite: PostgreSQL stopped and started again under the services, and a
 * service killed while clients read through the gateway. Every request has a client-side timeout
 * ({@link Http#TIMEOUT}), so a hang fails the test with a timeout instead of blocking it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {

    static final List<String> SERVICES = List.of("events", "agreements", "recognition");
    static final Map<String, String> LIST = Map.of("events", "/api/v1/events?limit=2",
            "agreements", "/api/v1/agreements?limit=2", "recognition", "/api/v1/states?limit=2");

    @RegisterExtension
    static final RunningSuite SUITE = new RunningSuite("ksr-faults");

    static String editor() {
        return "Bearer " + SUITE.editorToken("faults-test");
    }

    static String event(String slug) {
        return """
                {"slug": "%s", "date": "2017-01-01", "datePrecision": "DAY",
                 "title": {"en": "Fault test event"}, "summary": {"en": "Written by the fault tests."},
                 "category": "DIPLOMACY", "sources": [{"title": "Fault test"}]}""".formatted(slug);
    }

    static Http.Res postEvent(String slug) {
        return Http.send("POST", SUITE.gateway() + "/api/v1/events", event(slug), "Authorization", editor(),
                "Content-Type", "application/json");
    }

    static void assertUnavailable(Http.Res r) {
        assertEquals(503, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        assertEquals(503, r.json().getInt("status"), r::toString);
        assertNotNull(r.header("Retry-After"), () -> "Retry-After missing: " + r);
    }

    // ------------------------------------------------------------------ (a) PostgreSQL stopped and restarted

    @Test
    @Order(10)
    void aDatabaseOutageGives503FastAndTheServicesRecoverWithoutARestart() {
        String kept = "2017-01-01-before-outage-" + System.nanoTime();
        assertEquals(201, postEvent(kept).status());
        Http.Res dz = Http.get(SUITE.gateway() + "/api/v1/states/DZ");
        assertEquals(200, dz.status());
        String dzEtag = dz.header("ETag");
        String lost = "2017-01-01-during-outage-" + System.nanoTime();

        SUITE.suite().stopDatabase();
        try {
            for (String name : SERVICES) {
                String base = SUITE.app(name).baseUrl();
                String management = SUITE.app(name).managementUrl();
                Http.Res ready = Http.get(management + "/q/health/ready");
                assertEquals(503, ready.status(), () -> name + " readiness: " + ready);
                assertTrue(ready.body().contains("DOWN"), ready::toString);
                Http.Res live = Http.get(management + "/q/health/live");
                assertEquals(200, live.status(), () -> name + " liveness: " + live);
                // directly at the service and through the gateway, twice (a pooled connection, then a new one)
                for (int i = 0; i < 2; i++) {
                    assertUnavailable(Http.get(base + LIST.get(name)));
                    assertUnavailable(Http.get(SUITE.gateway() + LIST.get(name)));
                }
            }
            assertUnavailable(Http.get(SUITE.gateway() + "/api/v1/events/" + kept));
            // writes are refused as a whole
            assertUnavailable(postEvent(lost));
            assertUnavailable(Http.send("POST", SUITE.gateway() + "/api/v1/states/DZ/acts", """
                            {"type": "RECOGNITION", "date": "2024-03-01", "datePrecision": "DAY", "verified": true,
                             "sources": [{"title": "Fault test"}]}""", "Authorization", editor(),
                    "Content-Type", "application/json", "If-Match", dzEtag));
            // composite reads answer with what they have: nothing, and say so
            Http.Res timeline = Http.get(SUITE.gateway() + "/api/v1/timeline?from=2008-02-17&to=2008-03-31");
            assertEquals(200, timeline.status(), timeline::toString);
            assertEquals(List.of("events", "agreements", "recognition"), timeline.json().getList("incomplete"));
        } finally {
            SUITE.suite().restartDatabase();
        }

        // readiness comes back by itself: nobody restarts the services
        for (String name : SERVICES) {
            awaitStatus(SUITE.app(name).managementUrl() + "/q/health/ready", 200, Duration.ofSeconds(60));
        }
        // the first data requests after the restart succeed (no stale pooled connection surfaces as an error)
        for (String name : SERVICES) {
            Http.Res direct = Http.get(SUITE.app(name).baseUrl() + LIST.get(name));
            assertEquals(200, direct.status(), direct::toString);
            Http.Res via = Http.get(SUITE.gateway() + LIST.get(name));
            assertEquals(200, via.status(), via::toString);
        }
        Http.Res before = Http.get(SUITE.gateway() + "/api/v1/events/" + kept);
        assertEquals(200, before.status(), "written before the outage, still there: " + before);
        Http.Res during = Http.get(SUITE.gateway() + "/api/v1/events/" + lost);
        assertEquals(404, during.status(), "refused during the outage, not half-written: " + during);
        Http.Res dzAfter = Http.get(SUITE.gateway() + "/api/v1/states/DZ");
        assertEquals(dzEtag, dzAfter.header("ETag"), "the refused act left the state unchanged");
        assertEquals(dz.body(), dzAfter.body());
        Http.Res timeline = Http.get(SUITE.gateway() + "/api/v1/timeline?from=2008-02-17&to=2008-03-31");
        assertEquals(List.of(), timeline.json().getList("incomplete"), timeline::toString);
        // and writes work again
        assertEquals(201, postEvent("2017-01-01-after-outage-" + System.nanoTime()).status());
    }

    // ------------------------------------------------------------------ (b) a service killed under load

    @Test
    @Order(20)
    void aServiceKilledUnderLoadGives503ForItsRoutesOnlyAndRecovers() throws InterruptedException {
        List<String> paths = List.of("/api/v1/states?limit=5", "/api/v1/timeline?from=2008-02-17&to=2008-03-31&limit=20",
                "/api/v1/events?limit=5", "/api/v1/agreements?limit=5", "/api/v1/states/DZ");
        AtomicReference<String> phase = new AtomicReference<>("before");
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean recognitionBack = new AtomicBoolean(false);
        LongAdder tried = new LongAdder();
        AtomicReference<Duration> recoveredAfter = new AtomicReference<>();

        int clients = 3;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    String path = paths.get(i % paths.size());
                    String p = phase.get();
                    tried.increment();
                    String outcome;
                    try {
                        Http.Res r = Http.trySend("GET", SUITE.gateway() + path, null);
                        // a request in flight when the phase changes may see either phase
                        outcome = classify(path, r, p, phase.get(), failures);
                        if (p.equals("restarted") && path.startsWith("/api/v1/states") && r.status() == 200) {
                            // from the first answer of the restarted service on, every request must succeed
                            recognitionBack.set(true);
                            phase.compareAndSet("restarted", "recovered");
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        outcome = "client timeout";
                        failures.add(p + ": " + path + " timed out on the client (" + Http.TIMEOUT + ")");
                    } catch (IOException e) {
                        outcome = "i/o error";
                        failures.add(p + ": " + path + " failed: " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                    outcomes.computeIfAbsent(p + " | " + outcome, k -> new LongAdder()).increment();
                }
            }, "load-" + c);
            t.start();
            threads.add(t);
        }
        try {
            Thread.sleep(3000);
            phase.set("outage");
            SUITE.suite().kill("recognition");
            Thread.sleep(10_000);
            SUITE.suite().start("recognition");
            SUITE.suite().awaitReady("recognition", Duration.ofSeconds(120));
            phase.set("restarted");
            long readyAt = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!recognitionBack.get() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            recoveredAfter.set(Duration.ofNanos(System.nanoTime() - readyAt));
            Thread.sleep(3000);
        } finally {
            running.set(false);
            for (Thread t : threads) {
                t.join(Http.TIMEOUT.toMillis() + 5000);
            }
        }

        Map<String, Long> table = new TreeMap<>();
        outcomes.forEach((k, v) -> table.put(k, v.sum()));
        System.out.println("[faults] recognition killed under load: " + clients + " clients, " + tried.sum()
                + " requests tried through the gateway");
        table.forEach((k, v) -> System.out.printf("[faults]   %-58s %6d%n", k, v));
        System.out.println("[faults]   unexpected outcomes: " + failures.size());
        System.out.println("[faults]   first 200 through the gateway within " + recoveredAfter.get().toMillis()
                + " ms of the restarted service's readiness (circuit breaker delay 3 s)");

        assertTrue(failures.isEmpty(), () -> failures.size() + " unexpected outcomes, first: "
                + failures.subList(0, Math.min(10, failures.size())));
        assertTrue(table.getOrDefault("outage | recognition 503", 0L) > 0, "503s seen for recognition: " + table);
        assertTrue(table.getOrDefault("outage | timeline 200 incomplete", 0L) > 0, "incomplete timelines: " + table);
        assertTrue(recognitionBack.get(), "recognition answers 200 again through the same gateway");
        Http.Res states = Http.get(SUITE.gateway() + "/api/v1/states?limit=5");
        assertEquals(200, states.status(), states::toString);
        Http.Res timeline = Http.get(SUITE.gateway() + "/api/v1/timeline?from=2008-02-17&to=2008-03-31");
        assertEquals(List.of(), timeline.json().getList("incomplete"), timeline::toString);
    }

    /**
     * The outcome of one request under load; an unexpected one is recorded in {@code failures}. Phases: before the
     * kill, outage (killed, then starting), restarted (ready, the gateway not yet seen it answer), recovered.
     */
    private static String classify(String path, Http.Res r, String phase, String phaseAtEnd, List<String> failures) {
        boolean down = Set.of("outage", "restarted").contains(phase) || Set.of("outage", "restarted").contains(phaseAtEnd);
        if (path.startsWith("/api/v1/states")) {
            if (r.status() == 200) {
                return "recognition 200";
            }
            if (r.status() == 503 && r.isProblem() && r.header("Retry-After") != null && down) {
                return "recognition 503";
            }
        } else if (path.startsWith("/api/v1/timeline")) {
            if (r.status() == 200) {
                List<String> incomplete = r.json().getList("incomplete");
                if (incomplete.isEmpty()) {
                    return "timeline 200 complete";
                }
                if (incomplete.equals(List.of("recognition")) && down) {
                    return "timeline 200 incomplete";
                }
            }
        } else if (r.status() == 200) {
            return (path.startsWith("/api/v1/events") ? "events" : "agreements") + " 200";
        }
        failures.add(phase + ": " + r);
        return "unexpected " + r.status();
    }

    private static void awaitStatus(String url, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http.Res last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = Http.get(url);
                if (last.status() == status) {
                    return;
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(url + " did not answer " + status + " within " + timeout + "; last: " + last);
    }
}
