package org.ksrelations.gateway.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** HTTP access to the three services (base URLs from configuration), through {@link Downstream}'s guards. */
@ApplicationScoped
public class Upstreams {

    @Inject
    Vertx vertx;

    @Inject
    Downstream guards;

    @Inject
    GatewayConfig config;

    private WebClient client;
    private final Map<Service, URI> bases = new EnumMap<>(Service.class);

    @PostConstruct
    void init() {
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) Math.max(100, config.timeout().toMillis() / 5))
                .setKeepAlive(true)
                .setMaxPoolSize(100)
                .setTryUseCompression(true)
                .setFollowRedirects(false));
        for (Service s : Service.values()) {
            bases.put(s, URI.create(strip(config.url(s).toString())));
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public String baseUrl(Service s) {
        return bases.get(s).toString();
    }

    /** Sends a request (path with raw query) to a service, guarded by its timeout and circuit breaker. */
    public Uni<HttpResponse<Buffer>> send(Service s, HttpMethod method, String pathAndQuery, MultiMap headers,
                                          Buffer body) {
        URI base = bases.get(s);
        HttpRequest<Buffer> req = client.request(method, base.getPort() < 0 ? 80 : base.getPort(), base.getHost(),
                pathAndQuery).ssl("https".equals(base.getScheme())).timeout(config.timeout().toMillis());
        if (headers != null) {
            req.putHeaders(headers);
        }
        java.util.function.Supplier<Uni<HttpResponse<Buffer>>> call =
                () -> body == null ? req.send() : req.sendBuffer(body);
        Uni<HttpResponse<Buffer>> guarded = switch (s) {
            case EVENTS -> guards.events(call);
            case AGREEMENTS -> guards.agreements(call);
            case RECOGNITION -> guards.recognition(call);
        };
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            // idempotent reads only: one retry when the connection could not be made (a restarting pod)
            return guarded.onFailure(t -> t instanceof java.net.ConnectException).retry()
                    .withBackOff(java.time.Duration.ofMillis(100)).atMost(1);
        }
        return guarded;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
