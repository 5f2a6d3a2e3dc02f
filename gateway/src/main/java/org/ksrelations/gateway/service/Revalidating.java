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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway's copies of the services' public answers, never served older than the service's own answer would be.
 * <p>
 * Each copy remembers the dataset revision the service made it at ({@link Conditional#DATASET_REVISION}). A read the
 * gateway has answered before first asks the service its current revision ({@link Revisions}: a read that begins
 * after this request arrived, shared by the requests that arrive together, so a burst of reads costs the service about
 * two small requests); the same revision means no write was committed since the copy was made, and the copy is the
 * answer. Otherwise (or when the service does not say) the read is sent to the service with {@code If-None-Match}
 * naming the copy's {@code ETag}; the service's 304 (its own cached, body-less answer) lets the gateway answer from
 * the copy, without the body crossing the network or being parsed again. Copies made on an earlier (UTC) day are
 * always revalidated: answers "as of today" change at midnight.
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

    @Inject
    Revisions revisions;

    @ConfigProperty(name = "ksr.gateway.cache.max-bytes", defaultValue = "33554432")
    long maxBytes;

    private Cache<String, Answer> copies;
    private Counter revalidated;
    private Counter confirmed;
    private Counter fetched;

    /** An answer of a service: status, headers (without the per-exchange ones), body, its JSON when asked for. */
    public static final class Answer {
        public final int status;
        public final List<Map.Entry<String, String>> headers;
        public final byte[] body;
        public final String etag;
        /** The service's dataset revision when it made this answer (null when it did not say), and that UTC day. */
        final Long revision;
        final LocalDate day;
        private volatile JsonNode json;

        Answer(int status, List<Map.Entry<String, String>> headers, byte[] body, String etag, Long revision,
               LocalDate day) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.etag = etag;
            this.revision = revision;
            this.day = day;
        }

        /** The service's dataset revision when it made (or confirmed) this answer; null when it did not say. */
        public Long revision() {
            return revision;
        }

        /** This answer, confirmed by the service (a 304) at {@code revision}. */
        Answer at(Long revision, LocalDate day) {
            Answer a = new Answer(status, headers, body, etag, revision, day);
            a.json = json;
            return a;
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
                    res.getHeader("ETag"), revision(res), today());
        }

        static Long revision(HttpResponse<Buffer> res) {
            return Revisions.parse(res.getHeader(Conditional.DATASET_REVISION));
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
        confirmed = Counter.builder("ksr.gateway.cache.requests").tag("result", "confirmed")
                .description("Reads answered from the gateway's copy because the service's dataset revision, read after"
                        + " the request arrived, is the copy's").register(registry);
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
     * by the copy's validator): the copy when the service's revision is still the copy's or the service answers 304,
     * the service's answer otherwise.
     */
    public Uni<Answer> get(Service service, String target, MultiMap headers) {
        String key = service.id + ' ' + target + '\n' + nz(headers.get("Accept")) + '\n'
                + nz(headers.get("Accept-Language"));
        Answer copy = copies.getIfPresent(key);
        if (copy == null || copy.revision == null || !copy.day.equals(today())) {
            return revalidate(service, target, headers, key, copy);
        }
        return revisions.current(service).onItemOrFailure().transformToUni((revision, failure) -> {
            if (failure == null && copy.revision.equals(revision)) {
                confirmed.increment();
                return Uni.createFrom().item(copy);
            }
            return revalidate(service, target, headers, key, copy);
        });
    }

    private Uni<Answer> revalidate(Service service, String target, MultiMap headers, String key, Answer copy) {
        MultiMap out = MultiMap.caseInsensitiveMultiMap().addAll(headers);
        out.remove("If-None-Match");
        out.remove("If-Modified-Since");
        if (copy != null) {
            out.set("If-None-Match", copy.etag);
        }
        return upstreams.send(service, HttpMethod.GET, target, out, null).map(res -> {
            if (res.statusCode() == 304 && copy != null) {
                revalidated.increment();
                Long revision = Answer.revision(res);
                if (revision != null && !revision.equals(copy.revision)) {
                    Answer confirmedNow = copy.at(revision, today()); // the same answer, confirmed at this revision
                    copies.put(key, confirmedNow);
                    return confirmedNow;
                }
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

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
