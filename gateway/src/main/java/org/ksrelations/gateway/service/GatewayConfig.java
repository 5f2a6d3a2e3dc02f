package org.ksrelations.gateway.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/**
 * The gateway's configuration ({@code KSR_GATEWAY_*} in the environment): where the three services are, and how long
 * a call to one may take.
 */
@ConfigMapping(prefix = "ksr.gateway")
public interface GatewayConfig {

    /** Base URL of events-service ({@code KSR_GATEWAY_EVENTS_URL}). */
    @WithDefault("http://localhost:8081")
    URI eventsUrl();

    /** Base URL of agreements-service ({@code KSR_GATEWAY_AGREEMENTS_URL}). */
    @WithDefault("http://localhost:8082")
    URI agreementsUrl();

    /** Base URL of recognition-service ({@code KSR_GATEWAY_RECOGNITION_URL}). */
    @WithDefault("http://localhost:8083")
    URI recognitionUrl();

    /**
     * How long one call to a service may take, connection included ({@code KSR_GATEWAY_TIMEOUT}, ISO-8601 or
     * {@code 5s}); the circuit breakers' timeouts follow it. Connecting may take at most a fifth of it.
     */
    @WithDefault("5s")
    Duration timeout();

    default URI url(Service s) {
        return switch (s) {
            case EVENTS -> eventsUrl();
            case AGREEMENTS -> agreementsUrl();
            case RECOGNITION -> recognitionUrl();
        };
    }
}
