package org.ksrelations.kit.data;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.RequestIds;
import org.ksrelations.kit.service.FreshStage;

import java.util.Locale;
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

    /** Where Quarkus REST (and its observability handler) keeps the matched path template of a request. */
    static final String ROUTE = "UrlPathTemplate";

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
        MultiMap in = req.headers();
        if (in.contains(HttpHeaders.AUTHORIZATION) || in.contains(HttpHeaders.TRANSFER_ENCODING)
                || in.contains(HttpHeaders.CONTENT_LENGTH) && !"0".equals(in.get(HttpHeaders.CONTENT_LENGTH))) {
            rc.next();
            return;
        }
        String key = ReadCache.key(req);
        ReadCache.Entry kept = key == null ? null : cache.kept(key);
        if (kept == null || kept.contentType() == null) { // without its type, only Quarkus REST can negotiate it

            rc.next();
            return;
        }
        Context context = Vertx.currentContext();
        versions.read().whenComplete((version, failure) -> context.runOnContext(ignored -> {
            if (failure != null || version == null || version != kept.version()) {
                rc.next(); // not current (or not known): the resource answers
            } else if (!rc.response().closed()) {
                answer(rc, kept, version);
            }
        }));
    }

    private void answer(RoutingContext rc, ReadCache.Entry kept, long version) {
        HttpServerRequest req = rc.request();
        HttpServerResponse res = rc.response();
        boolean unchanged = Conditional.notModified(req.getHeader(HttpHeaders.IF_NONE_MATCH),
                req.getHeader(HttpHeaders.IF_MODIFIED_SINCE), kept.etag(), kept.lastModified());
        MultiMap out = res.headers();
        for (Map.Entry<String, String> h : kept.headers()) {
            if (!unchanged || Conditional.ON_NOT_MODIFIED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                out.add(h.getKey(), h.getValue());
            }
        }
        out.set(Conditional.DATASET_REVISION, Long.toString(version));
        out.set(RequestIds.HEADER, RequestIds.accept(req.getHeader(RequestIds.HEADER)));
        if (kept.route() != null && req instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(ROUTE, kept.route());
        }
        cache.hits.increment();
        served.increment();
        if (unchanged) {
            cache.notModified.increment();
            res.setStatusCode(304).end();
            return;
        }
        if (kept.contentType() != null) {
            out.set("Content-Type", kept.contentType()); // spelled as Quarkus REST spells it
        }
        // the kept bytes themselves, wrapped (not copied) for this answer
        res.setStatusCode(200).end(Buffer.buffer(Unpooled.wrappedBuffer(kept.body())));
    }

    /** The path template Quarkus REST matched {@code http} by, or null. */
    static String route(HttpServerRequest http) {
        if (http instanceof HttpServerRequestInternal internal && internal.context().getLocal(ROUTE) instanceof String r) {
            return r;
        }
        return null;
    }
}
