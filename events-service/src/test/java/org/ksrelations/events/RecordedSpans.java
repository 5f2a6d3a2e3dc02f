package org.ksrelations.events;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A span exporter of the tests (Quarkus hands every {@link SpanExporter} bean the finished spans): it keeps the spans
 * of the traces a test watches, and drops the others, so that the rest of the suite does not fill it.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final List<SpanData> spans = new CopyOnWriteArrayList<>();

    /** Keeps the spans of {@code traceId} from now on. */
    public void watch(String traceId) {
        watched.add(traceId);
    }

    /** The spans of {@code traceId} exported so far. */
    public List<SpanData> of(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    /** Stops watching {@code traceId} and drops its spans. */
    public void forget(String traceId) {
        watched.remove(traceId);
        spans.removeIf(s -> s.getTraceId().equals(traceId));
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        for (SpanData s : batch) {
            if (watched.contains(s.getTraceId())) {
                spans.add(s);
            }
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
