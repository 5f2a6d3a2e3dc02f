package org.ksrelations.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
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
    Upstreams upstreams;

    @Inject
    ObjectMapper mapper;

    public Uni<Optional<JsonNode>> getJson(Service service, String path, Map<String, String> query, String requestId) {
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
        return upstreams.send(service, HttpMethod.GET, target.toString(), headers, null)
                .map(res -> {
                    if (res.statusCode() / 100 != 2) {
                        LOG.warnf("%s %s answered %d", service.id, target, res.statusCode());
                        return Optional.<JsonNode>empty();
                    }
                    try {
                        return Optional.of(mapper.readTree(res.body().getBytes()));
                    } catch (Exception e) {
                        return Optional.<JsonNode>empty();
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
