package org.ksrelations.gateway.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.function.Supplier;

/**
 * Every call to a service goes through here: a timeout and one circuit breaker per service (SmallRye Fault
 * Tolerance). Callers go through {@link Upstreams#send}, never {@code this}, so the interceptors apply. Timeouts and breaker settings are MicroProfile config, e.g.
 * {@code org.ksrelations.gateway.service.Downstream/events/Timeout/value=5000}.
 */
@ApplicationScoped
public class Downstream {

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3000, successThreshold = 1)
    public Uni<HttpResponse<Buffer>> events(Supplier<Uni<HttpResponse<Buffer>>> call) {
        return call.get();
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3000, successThreshold = 1)
    public Uni<HttpResponse<Buffer>> agreements(Supplier<Uni<HttpResponse<Buffer>>> call) {
        return call.get();
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 3000, successThreshold = 1)
    public Uni<HttpResponse<Buffer>> recognition(Supplier<Uni<HttpResponse<Buffer>>> call) {
        return call.get();
    }
}
