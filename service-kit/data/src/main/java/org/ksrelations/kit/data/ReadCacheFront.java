package org.ksrelations.kit.data;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.KeptAnswer;
import org.ksrelations.kit.service.FreshStage;

import java.util.Map;

/**
 * The read cache's front door: a public GET whose answer {@link ReadCache} holds at the dataset's current version is
 * answered here, on the event loop, before Quarkus REST routes it — the same bytes and headers the resource's answer
 * had, with this exchange's request id and the dataset revision, or a 304 for a matching {@code If-None-Match} /
 * {@code If-Modified-Since}. Everything else (no answer kept, a newer version, credentials, a request body, the
 * database not answering) goes on to Quarkus REST unchanged, where {@link ReadCache}'s filter and the resource serve it.
 * <p>
 * Freshness is the filter's: the version is read after the request arrived (requests arriving together share one read,
 * {@link FreshStage}; the read runs on a worker), so no answer is older than a write committed before it. The access
 * log, metrics and traces see the request as before; the route template the resource was matched by is kept with the
 * answer so that metrics and spans name a hit by its template, not its raw path.
 */
@ApplicationScoped
public class ReadCacheFront {

    @Inject
    ReadCache cache;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    private FreshStage<Long> versions;
    private Counter served;

    void install(@Observes Router router) {
        if (!cache.enabled) {
            return;
        }
        versions = new FreshStage<>(() -> vertx.executeBlocking(cache::readVersion, false).toCompletionStage());
        served = Counter.builder("ksr.read.cache.front.hits")
                .description("Public reads answered from the read cache before Quarkus REST (200 or 304; also counted as hits)")
                .register(registry);
        // after the access log, body and compression handlers (Integer.MIN_VALUE .. 0), before the application routes
        router.get("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void serve(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        String key = KeptAnswer.shareable(req) ? KeptAnswer.key(req) : null;
        ReadCache.Entry kept = key == null ? null : cache.kept(key);
        if (kept == null || kept.answer().contentType() == null) { // without its type, only Quarkus REST can negotiate it
            rc.next();
            return;
        }
        Context context = Vertx.currentContext();
        versions.read().whenComplete((version, failure) -> context.runOnContext(ignored -> {
            if (failure != null || version == null || version != kept.version()) {
                rc.next(); // not current (or not known): the resource answers
            } else if (!rc.response().closed()) {
                cache.hits.increment();
                served.increment();
                if (kept.answer().write(rc, Map.of(Conditional.DATASET_REVISION, Long.toString(version)))) {
                    cache.notModified.increment();
                }
            }
        }));
    }
}
