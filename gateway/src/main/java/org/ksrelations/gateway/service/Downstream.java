package org.ksrelations.gateway.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.util.function.Supplier;

/**
 * Every call to a service goes through here: one circuit breaker per service (SmallRye Fault Tolerance); the call's
 * timeout is {@link GatewayConfig#timeout()}, set on the request by {@link Upstreams#send}. Callers go through
 * {@link Upstreams#send}, never {@code this}, so the interceptors apply. Breaker settings are MicroProfile config, e.g.
 * {@code org.ksrelations.gateway.service.Downstream/events/CircuitBreaker/delay=3000}.
 */
@ApplicationScoped
public class Downstream {

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3000, successThreshold = 1)
    public Uni<HttpResponse<Buffer>> events(Supplier<Uni<HttpResponse<Buffer>>> call) {
        return call.get();
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3000, successThreshold = 1)
    public Uni<HttpResponse<Buffer>> agreements(Supplier<Uni<HttpResponse<Buffer>>> call) {
        return call.get();
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3000, successThreshold = 1)
    public Uni<HttpResponse<Buffer>> recognition(Supplier<Uni<HttpResponse<Buffer>>> call) {
        return call.get();
    }
}
