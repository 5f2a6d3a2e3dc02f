package org.ksrelations.gateway.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.MultiMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.RequestIds;
import org.ksrelations.kit.service.FreshStage;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The services' current dataset revisions, as {@link Revalidating} needs them to answer from a copy: each is read from
 * the service ({@code GET /api/v1/about}, conditional, so a 304 without a body; the service reads its revision from
 * PostgreSQL after the request arrives) by a read that begins after the gateway's request arrived, and the requests
 * that arrive together share one read ({@link FreshStage}).
 */
@ApplicationScoped
public class Revisions {

    static final String PATH = "/api/v1/about";

    @Inject
    Upstreams upstreams;

    @Inject
    MeterRegistry registry;

    private final Map<Service, FreshStage<Long>> reads = new EnumMap<>(Service.class);

    @PostConstruct
    void init() {
        for (Service s : Service.values()) {
            Counter counter = Counter.builder("ksr.gateway.revision.reads").tag("service", s.id)
                    .description("Reads of a service's dataset revision (requests arriving together share one)")
                    .register(registry);
            AtomicReference<String> tag = new AtomicReference<>(); // the about answer's ETag: the next read is a 304
            reads.put(s, new FreshStage<>(() -> {
                counter.increment();
                return read(s, tag).subscribeAsCompletionStage();
            }));
        }
    }

    /** The service's revision from a read that begins after this call; null when the service does not say. */
    public Uni<Long> current(Service service) {
        return Uni.createFrom().completionStage(() -> reads.get(service).read());
    }

    /**
     * {@link #current} as the plain stage of the shared read, for callers on the event loop that need no Mutiny
     * pipeline (and none of the context capture each Mutiny stage costs per request).
     */
    public CompletionStage<Long> currentStage(Service service) {
        return reads.get(service).read();
    }

    private Uni<Long> read(Service service, AtomicReference<String> aboutTag) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json")
                // its own id: it serves every request of its round, not one
                .add(RequestIds.HEADER, "revision-" + UUID.randomUUID());
        String tag = aboutTag.get();
        if (tag != null) {
            headers.add("If-None-Match", tag);
        }
        return upstreams.send(service, HttpMethod.GET, PATH, headers, null).map(res -> {
            String etag = res.getHeader("ETag");
            if (etag != null) {
                aboutTag.set(etag);
            }
            return res.statusCode() == 200 || res.statusCode() == 304
                    ? parse(res.getHeader(Conditional.DATASET_REVISION)) : null;
        });
    }

    /** The header's revision, or null when it is missing or not a number. */
    static Long parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
