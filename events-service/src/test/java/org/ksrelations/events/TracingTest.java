package org.ksrelations.events;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traces: a request that carries a W3C traceparent (as the gateway sends it) is served in a span of that trace, and
 * each SQL statement it runs is a span of the same trace below it.
 */
@QuarkusTest
class TracingTest {

    @Inject
    RecordedSpans recorded;

    @Test
    void aRequestContinuesTheCallersTraceWithASpanPerSqlStatement() throws InterruptedException {
        String traceId = hex(16);
        String callerSpan = hex(8);
        recorded.watch(traceId);
        try {
            given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .when().get("/api/v1/events?limit=1").then().statusCode(200);

            // spans are exported in batches after they end: wait for the server span and a SQL span, 30 s at most
            List<SpanData> spans = List.of();
            for (int i = 0; i < 300 && !(has(spans, SpanKind.SERVER) && hasSql(spans)); i++) {
                Thread.sleep(100);
                spans = recorded.of(traceId);
            }
            SpanData server = spans.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                    .orElseThrow(() -> new AssertionError("no server span in " + recorded.of(traceId)));
            assertEquals(callerSpan, server.getParentSpanId(), "the server span is the caller's span's child");
            List<SpanData> sql = spans.stream().filter(TracingTest::isSql).toList();
            assertFalse(sql.isEmpty(), () -> "no SQL span in " + recorded.of(traceId));
            for (SpanData s : sql) {
                assertEquals(traceId, s.getTraceId());
                assertTrue(s.getParentSpanId().matches("[0-9a-f]{16}") && !s.getParentSpanId().equals("0".repeat(16)),
                        () -> "a SQL span without a parent: " + s);
            }
        } finally {
            recorded.forget(traceId);
        }
    }

    private static boolean has(List<SpanData> spans, SpanKind kind) {
        return spans.stream().anyMatch(s -> s.getKind() == kind);
    }

    private static boolean hasSql(List<SpanData> spans) {
        return spans.stream().anyMatch(TracingTest::isSql);
    }

    /** A span of the JDBC instrumentation: a client span with the database attributes. */
    private static boolean isSql(SpanData s) {
        return s.getKind() == SpanKind.CLIENT
                && s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db."));
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}
