package org.ksrelations.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator reads, on the packaged suite: one request through the gateway is one trace (the gateway's span and
 * the service's span, both in the trace of the W3C traceparent the client sent), the access log has a line per request
 * with the request id and the trace id, as plain text or as JSON when the console is switched to JSON (the gateway
 * here), and health and metrics answer on the management ports only.
 */
class ObservabilityTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Suite suite;

    @BeforeAll
    static void start() throws IOException {
        suite = SystemSuite.create(Files.createTempDirectory("ksr-observability"));
        suite.environment("gateway", "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        SystemSuite.startAll(suite);
    }

    @AfterAll
    static void stop() {
        SystemSuite.stop(suite);
    }

    @Test
    void oneRequestThroughTheGatewayIsOneTraceInTheGatewaysAndTheServicesLogs() throws Exception {
        String traceId = hex(16);
        String clientSpan = hex(8);
        String requestId = "observability-" + hex(4);
        Http.Res res = Http.get(suite.app("gateway").baseUrl() + "/api/v1/events?limit=1",
                "traceparent", "00-" + traceId + "-" + clientSpan + "-01", "X-Request-Id", requestId);
        assertEquals(200, res.status(), res::toString);

        // the gateway's console is JSON: its access log record carries the trace in its MDC
        JsonNode gateway = awaitLine("gateway", line -> line.contains(traceId))
                .map(ObservabilityTest::json).orElseThrow();
        assertEquals("io.quarkus.http.access-log", gateway.path("loggerName").asText(), gateway::toString);
        String message = gateway.path("message").asText();
        assertTrue(message.contains("\"GET /api/v1/events?limit=1\" 200 ") && message.contains("rid=" + requestId),
                () -> "the gateway's access log line: " + message);
        assertTrue(message.matches(".* \\d+ms rid=.*"), () -> "a duration in milliseconds: " + message);
        assertEquals(traceId, gateway.path("mdc").path("traceId").asText(), gateway::toString);
        String gatewaySpan = gateway.path("mdc").path("spanId").asText();
        assertTrue(gatewaySpan.matches("[0-9a-f]{16}"), gateway::toString);
        assertNotEquals(clientSpan, gatewaySpan, "the gateway's own span, a child of the client's");

        // the events service's console is plain text: its access log line, same trace, its own span
        String events = awaitLine("events", line -> line.contains("trace=" + traceId)).orElseThrow();
        assertTrue(events.contains("[io.qu.ht.access-log]") && events.contains("\"GET /api/v1/events?limit=1\" 200 ")
                && events.contains("rid=" + requestId), () -> "the events service's access log line: " + events);
        String eventsSpan = events.replaceAll(".* span=([0-9a-f]{16})\\].*", "$1");
        assertTrue(eventsSpan.matches("[0-9a-f]{16}"), () -> "a span id in " + events);
        assertNotEquals(gatewaySpan, eventsSpan, "the service's span is its own, below the gateway's");
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortsOnly() {
        for (Suite.App app : suite.apps()) {
            for (String path : List.of("/q/health/live", "/q/health/ready", "/q/metrics")) {
                Http.Res management = Http.get(app.managementUrl() + path);
                assertEquals(200, management.status(), management::toString);
                Http.Res pub = Http.get(app.baseUrl() + path);
                assertEquals(404, pub.status(), pub::toString);
            }
            Http.Res metrics = Http.get(app.managementUrl() + "/q/metrics");
            assertTrue(metrics.body().contains("# TYPE jvm_memory_used_bytes"), () -> app.name() + " metrics");
        }
    }

    /** The first line of an application's log that matches, waiting for it 30 s at most (logs are written async). */
    static Optional<String> awaitLine(String app, Predicate<String> match) throws InterruptedException {
        Path log = suite.logFile(app);
        for (int i = 0; i < 300; i++) {
            Optional<String> line = lines(log).stream().filter(match).findFirst();
            if (line.isPresent()) {
                return line;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no matching line in " + log + ":\n" + String.join("\n", tail(lines(log))));
    }

    static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 20), lines.size());
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}
