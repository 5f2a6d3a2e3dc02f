package org.ksrelations.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ksrelations.kit.api.Conditional;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway's copies of the services' public answers, always revalidated: a read the gateway has answered before
 * is sent to the service with {@code If-None-Match} naming the copy's {@code ETag}; the service's 304 (its own cached,
 * body-less answer) lets the gateway answer from the copy, without the body crossing the network or being parsed
 * again. The gateway never answers from a copy without asking, so it is never older than the service's answer.
 * Only 200 answers with an {@code ETag} and without {@code no-store} are kept; memory is bounded by
 * {@code ksr.gateway.cache.max-bytes}; hits are in the metrics as {@code ksr.gateway.cache.*}.
 */
@ApplicationScoped
public class Revalidating {

    @Inject
    Upstreams upstreams;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "ksr.gateway.cache.max-bytes", defaultValue = "33554432")
    long maxBytes;

    private Cache<String, Answer> copies;
    private Counter revalidated;
    private Counter fetched;

    /** An answer of a service: status, headers (without the per-exchange ones), body, its JSON when asked for. */
    public static final class Answer {
        public final int status;
        public final List<Map.Entry<String, String>> headers;
        public final byte[] body;
        public final String etag;
        private volatile JsonNode json;

        Answer(int status, List<Map.Entry<String, String>> headers, byte[] body, String etag) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.etag = etag;
        }

        static Answer of(HttpResponse<Buffer> res) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            res.headers().forEach(e -> {
                if (!Conditional.PER_EXCHANGE.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                    headers.add(Map.entry(e.getKey(), e.getValue()));
                }
            });
            Buffer b = res.body();
            return new Answer(res.statusCode(), List.copyOf(headers), b == null ? new byte[0] : b.getBytes(),
                    res.getHeader("ETag"));
        }

        public String header(String name) {
            for (Map.Entry<String, String> h : headers) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
            return null;
        }

        /** The body as JSON, parsed once per copy. */
        public JsonNode json(ObjectMapper mapper) throws IOException {
            JsonNode j = json;
            if (j == null) {
                j = mapper.readTree(body);
                json = j;
            }
            return j;
        }

        boolean keepable() {
            String cc = header("Cache-Control");
            return status == 200 && etag != null && (cc == null || !cc.toLowerCase(Locale.ROOT).contains("no-store"));
        }

        int weight(String key) {
            return key.length() * 2 + body.length * 3 /* with its parsed JSON */ + 64 * (headers.size() + 2);
        }
    }

    @PostConstruct
    void init() {
        copies = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String k, Answer a) -> a.weight(k)).build();
        revalidated = Counter.builder("ksr.gateway.cache.requests").tag("result", "revalidated")
                .description("Reads answered from the gateway's copy after the service's 304").register(registry);
        fetched = Counter.builder("ksr.gateway.cache.requests").tag("result", "fetched")
                .description("Reads whose body came from the service").register(registry);
        Gauge.builder("ksr.gateway.cache.entries", this, c -> c.copies.estimatedSize())
                .description("Answers held by the gateway").register(registry);
        Gauge.builder("ksr.gateway.cache.bytes", this,
                        c -> c.copies.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .baseUnit("bytes").description("Memory held by the gateway's copies").register(registry);
    }

    /**
     * A GET of {@code target} on {@code service} with {@code headers} (the client's conditional headers are replaced
     * by the copy's validator): the copy when the service answers 304, the service's answer otherwise.
     */
    public Uni<Answer> get(Service service, String target, MultiMap headers) {
        String key = service.id + ' ' + target + '\n' + nz(headers.get("Accept")) + '\n'
                + nz(headers.get("Accept-Language"));
        Answer copy = copies.getIfPresent(key);
        MultiMap out = MultiMap.caseInsensitiveMultiMap().addAll(headers);
        out.remove("If-None-Match");
        out.remove("If-Modified-Since");
        if (copy != null) {
            out.set("If-None-Match", copy.etag);
        }
        return upstreams.send(service, HttpMethod.GET, target, out, null).map(res -> {
            if (res.statusCode() == 304 && copy != null) {
                revalidated.increment();
                return copy;
            }
            fetched.increment();
            Answer fresh = Answer.of(res);
            if (fresh.keepable()) {
                copies.put(key, fresh);
            } else if (copy != null) {
                copies.invalidate(key);
            }
            return fresh;
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
