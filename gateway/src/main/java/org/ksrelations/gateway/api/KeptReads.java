package org.ksrelations.gateway.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ksrelations.gateway.service.Revisions;
import org.ksrelations.gateway.service.Service;
import org.ksrelations.kit.api.KeptAnswer;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The gateway's kept reads: a public GET the gateway answered from what its services confirmed at their dataset
 * revisions (a proxied read from its confirmed copy, a composite from confirmed parts) is kept whole, as it went out,
 * with those revisions. The same read is then answered here, on the event loop, before Quarkus REST routes it — while
 * every service it came from is still at that revision, read after the request arrived ({@link Revisions}: requests
 * arriving together share one read per service), exactly the rule of the copies ({@code Revalidating}). Everything else
 * (nothing kept, a revision moved on or not known, a service not answering, credentials, a body, preconditions, another
 * UTC day) goes on to Quarkus REST unchanged.
 * <p>
 * A resource says what an answer was made from with {@link #madeAt}; answers that do not say (a part missing, a part
 * built by its service and not yet confirmed, the agreement with its events) are never kept. Memory is bounded by
 * {@code ksr.gateway.kept-reads.max-bytes}; answers served here are counted as
 * {@code ksr.gateway.cache.requests{result="kept"}}, size in {@code ksr.gateway.kept.*}.
 */
@ApplicationScoped
public class KeptReads {

    /** The header by which a resource tells this filter the services' revisions its answer was made at. */
    static final String MADE_AT = "KSR-Made-At";

    @Inject
    Revisions revisions;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "ksr.gateway.kept-reads.max-bytes", defaultValue = "16777216")
    long maxBytes;

    /** A kept answer and the revision of each service it was made from. */
    record Kept(Map<Service, Long> revisions, KeptAnswer answer) {
    }

    private Cache<String, Kept> kept;
    private Counter served;

    @PostConstruct
    void init() {
        kept = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String k, Kept v) -> v.answer().weight(k)).build();
        served = Counter.builder("ksr.gateway.cache.requests").tag("result", "kept")
                .description("Reads answered whole before Quarkus REST, from an answer kept at the services' current"
                        + " revisions (read after the request arrived)").register(registry);
        Gauge.builder("ksr.gateway.kept.entries", this, c -> c.kept.estimatedSize())
                .description("Whole answers kept by the gateway").register(registry);
        Gauge.builder("ksr.gateway.kept.bytes", this,
                        c -> c.kept.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .baseUnit("bytes").description("Memory held by the gateway's kept answers").register(registry);
    }

    void install(@Observes Router router) {
        // after the access log, CORS and body handlers, before the application routes
        router.get("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    /**
     * Says on the answer being built that it was made from these services' answers at these revisions; a null revision
     * (not known) says nothing, and the answer is not kept. The header is the filter's, removed before the answer goes out.
     */
    static Response.ResponseBuilder madeAt(Response.ResponseBuilder answer, Map<Service, Long> at) {
        if (at.isEmpty() || at.containsValue(null)) {
            return answer;
        }
        StringBuilder made = new StringBuilder();
        at.forEach((service, revision) -> made.append(made.isEmpty() ? "" : ",").append(service.id).append('=').append(revision));
        return answer.header(MADE_AT, made.toString());
    }

    /** The revisions a {@link #madeAt} header names; null when it names none or is not one. */
    static Map<Service, Long> madeAt(String header) {
        Map<Service, Long> at = new EnumMap<>(Service.class);
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            Service service = eq < 0 ? null : Service.byId(part.substring(0, eq));
            if (service == null) {
                return null;
            }
            try {
                at.put(service, Long.parseLong(part.substring(eq + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return at.isEmpty() ? null : at;
    }

    /** Keeps a public read's 200 whose resource said what it was made from; the saying itself never goes out. */
    @ServerResponseFilter(priority = Priorities.USER - 500)
    public void keep(ContainerRequestContext req, ContainerResponseContext res, HttpServerRequest http) {
        String made = res.getHeaderString(MADE_AT);
        if (made == null) {
            return;
        }
        res.getHeaders().remove(MADE_AT);
        res.getStringHeaders().remove(MADE_AT); // a view of its own, made before
        Map<Service, Long> at = madeAt(made);
        String key = KeptAnswer.shareable(http) ? KeptAnswer.key(http) : null;
        if (at != null && key != null && "GET".equals(req.getMethod()) && res.getStatus() == 200
                && res.getEntity() instanceof byte[] body) {
            kept.put(key, new Kept(at, KeptAnswer.of(res, body, res.getHeaderString(HttpHeaders.CONTENT_TYPE.toString()), http)));
        }
    }

    void serve(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        String key = KeptAnswer.shareable(req) ? KeptAnswer.key(req) : null;
        Kept k = key == null ? null : kept.getIfPresent(key);
        if (k == null) {
            rc.next();
            return;
        }
        Context context = Vertx.currentContext();
        current(k.revisions()).whenComplete((same, failure) -> context.runOnContext(ignored -> {
            if (failure != null || !Boolean.TRUE.equals(same)) {
                kept.asMap().remove(key, k); // made before a write (or not known now): built again
                rc.next();
            } else if (!rc.response().closed()) {
                served.increment();
                k.answer().write(rc, Map.of());
            }
        }));
    }

    /** Whether every service is at the revision {@code at} names, each read after this call. */
    private CompletableFuture<Boolean> current(Map<Service, Long> at) {
        CompletableFuture<Boolean> all = CompletableFuture.completedFuture(true);
        for (Map.Entry<Service, Long> e : at.entrySet()) {
            all = all.thenCombine(revisions.currentStage(e.getKey()),
                    (same, revision) -> same && e.getValue().equals(revision));
        }
        return all;
    }

}
