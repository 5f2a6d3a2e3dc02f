package org.ksrelations.gateway.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.ksrelations.gateway.service.GatewayConfig;
import org.ksrelations.gateway.service.Service;
import org.ksrelations.gateway.service.Upstreams;
import org.ksrelations.kit.api.RequestIds;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemType;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dataset downloads ({@code GET} and {@code HEAD /api/v1/datasets/{dataset}/{file}}) routed to the service that owns the dataset and
 * streamed through: the service's answer is piped to the client as it arrives (with back-pressure), never held whole
 * in the gateway, whatever the size of the file. The gateway's buffered client (and its copies) serve every other
 * read; a download is one file of a known version, so there is nothing to keep. The list of datasets
 * ({@code GET /api/v1/datasets}) is a composite read ({@link CompositeResource#datasets()}).
 */
@ApplicationScoped
public class DatasetDownloads {

    private static final Logger LOG = Logger.getLogger(DatasetDownloads.class);
    static final String ROUTE = "/api/v1/datasets/:dataset/:file";
    static final List<String> REQUEST_HEADERS = List.of("Accept", "If-None-Match", "If-Modified-Since", "Range",
            "If-Range", "traceparent", "tracestate");
    static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "content-length", "etag", "last-modified",
            "cache-control", "content-disposition", "repr-digest", "accept-ranges", "content-range", "vary");

    @Inject
    Vertx vertx;

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    private HttpClient client;

    void install(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.max(100, config.timeout().toMillis() / 5))
                .setKeepAlive(true));
        // before Quarkus REST's routes, after the access log, CORS and request-size routes
        // GET and HEAD (a client checks the size and checksum before it downloads)
        router.route(ROUTE).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::download);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    void download(RoutingContext rc) {
        String dataset = rc.pathParam("dataset");
        Service service = dataset == null ? null : Service.owning(dataset);
        String rid = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        if (service == null) {
            problem(rc, rid, 404, ProblemType.NOT_FOUND, "dataset '" + Slugs.shown(dataset, 60) + "' does not exist");
            return;
        }
        URI base = URI.create(upstreams.baseUrl(service));
        RequestOptions options = new RequestOptions().setMethod(rc.request().method()).setHost(base.getHost())
                .setPort(base.getPort() < 0 ? ("https".equals(base.getScheme()) ? 443 : 80) : base.getPort())
                .setSsl("https".equals(base.getScheme())).setURI(rc.request().uri())
                // no answer (headers, or the next bytes) for this long: the service is not answering
                .setIdleTimeout(config.timeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (String h : REQUEST_HEADERS) {
            List<String> values = rc.request().headers().getAll(h);
            if (!values.isEmpty()) {
                headers.add(h, values);
            }
        }
        headers.set(RequestIds.HEADER, rid);
        options.setHeaders(headers);
        rc.request().pause();
        client.request(options)
                .compose(req -> req.send())
                .onSuccess(res -> pipe(rc, res, rid))
                .onFailure(t -> {
                    rc.request().resume();
                    LOG.warnf("%s %s -> %s failed: %s", rc.request().method(), rc.request().path(), service.id, t.toString());
                    if (!rc.response().headWritten()) {
                        rc.response().putHeader("Retry-After", "5");
                        problem(rc, rid, 503, ProblemType.SERVICE_UNAVAILABLE,
                                "the " + service.id + " service is not answering; try again shortly");
                    } else {
                        rc.response().reset();
                    }
                });
    }

    private static void pipe(RoutingContext rc, HttpClientResponse res, String rid) {
        HttpServerResponse out = rc.response();
        out.setStatusCode(res.statusCode());
        res.headers().forEach(e -> {
            if (RESPONSE_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                out.headers().add(e.getKey(), e.getValue());
            }
        });
        out.putHeader(RequestIds.HEADER, rid);
        if (rc.request().method() == HttpMethod.HEAD) {
            // the service's headers (Content-Length of the file included), no body
            rc.request().resume();
            res.body().onComplete(ignored -> out.end());
            return;
        }
        if (res.getHeader("Content-Length") == null) {
            out.setChunked(true);
        }
        rc.request().resume();
        res.pipeTo(out).onFailure(t -> LOG.debugf("download %s ended early: %s", rc.request().path(), t.toString()));
    }

    private static void problem(RoutingContext rc, String rid, int status, ProblemType type, String detail) {
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, rid)
                .end(Json.encode(Problem.of(type, detail, rc.request().path(), null)));
    }
}
