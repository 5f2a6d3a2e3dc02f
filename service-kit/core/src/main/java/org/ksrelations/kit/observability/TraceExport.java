package org.ksrelations.kit.observability;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupUnlessProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Where the spans go. Traces are always made, so that every log line carries its trace and span id and the W3C
 * {@code traceparent} travels from the gateway to the services; they leave the process only when
 * {@code ksr.otlp.enabled} is true ({@code KSR_OTLP_ENABLED}), over OTLP to {@code quarkus.otel.exporter.otlp.endpoint}
 * ({@code KSR_OTLP_ENDPOINT}).
 * <p>
 * Quarkus installs its own OTLP exporter only when the application declares no {@link SpanExporter} bean, and has no
 * run-time switch for it; this exporter that drops every span is that bean unless export is enabled, so that
 * {@code ./run.sh} and the tests never try to reach a collector that is not there.
 */
@Singleton
public class TraceExport {

    public static final String ENABLED = "ksr.otlp.enabled";

    @Produces
    @Singleton
    @Unremovable
    @LookupUnlessProperty(name = ENABLED, stringValue = "true", lookupIfMissing = true)
    SpanExporter noExport() {
        return SpanExporter.composite();
    }
}
