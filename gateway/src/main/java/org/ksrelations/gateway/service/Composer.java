package org.ksrelations.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * JSON reads from the services for the composite endpoints. A part that fails (service down, timeout, open circuit,
 * non-2xx) yields an empty Optional, so that the composite answers with what it has.
 */
@ApplicationScoped
public class Composer {

    private static final Logger LOG = Logger.getLogger(Composer.class);

    @Inject
    Revalidating copies;

    @Inject
    ObjectMapper mapper;

    /**
     * A part of a composite: the service's JSON and its validator (null when the service sent none), the service and
     * its dataset revision when it made or confirmed the answer (null when not known; both null for a part not asked).
     */
    public record Part(JsonNode json, String etag, Service service, Long revision) {
    }

    public Uni<Optional<JsonNode>> getJson(Service service, String path, Map<String, String> query, String requestId) {
        return get(service, path, query, requestId).map(p -> p.map(Part::json));
    }

    /**
     * A JSON read through the gateway's revalidated copies ({@link Revalidating}): the service is asked every time,
     * with the copy's validator, and its 304 saves sending and parsing the body again.
     */
    public Uni<Optional<Part>> get(Service service, String path, Map<String, String> query, String requestId) {
        StringBuilder target = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            target.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
            sep = '&';
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        if (requestId != null) {
            headers.add("X-Request-Id", requestId);
        }
        return copies.get(service, target.toString(), headers)
                .map(res -> {
                    if (res.status / 100 != 2) {
                        LOG.warnf("%s %s answered %d", service.id, target, res.status);
                        return Optional.<Part>empty();
                    }
                    try {
                        return Optional.of(new Part(res.json(mapper), res.etag, service, res.revision()));
                    } catch (Exception e) {
                        return Optional.<Part>empty();
                    }
                })
                .onFailure().recoverWithItem(t -> {
                    if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
                        LOG.debugf("%s %s refused: circuit open", service.id, target);
                    } else {
                        LOG.warnf("%s %s failed: %s", service.id, target, t.toString());
                    }
                    return Optional.empty();
                });
    }

    public static Map<String, String> query(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
