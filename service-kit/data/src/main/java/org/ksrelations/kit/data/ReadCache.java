package org.ksrelations.kit.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.KeptAnswer;
import org.ksrelations.kit.service.FreshRead;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole answers to public reads, kept in memory and served again while the dataset has not changed.
 * <p>
 * Every write to a service's tables bumps the {@code dataset_version} row in its own transaction (a statement
 * trigger installed by the kit's Flyway callback {@code afterMigrate.sql}). Each GET under {@code /api/} reads that
 * version first (one primary-key read begun after the request arrived; requests arriving together share it) and is answered from memory only by an entry made at the same version, so no
 * replica ever serves an answer older than a committed write, whichever replica took the write. An entry is keyed by
 * the representation: the absolute request URI (path, query, host), {@code Accept}, {@code Accept-Language} and the
 * day (answers that say "as of today" change at midnight). Requests that carry credentials are not cached.
 * <p>
 * Answers without their own validator (lists, collections, composites of a service) get an {@code ETag} made of the
 * dataset version and a digest of the representation's key, so it differs between representations and changes with
 * every write; single records keep the row version their resource sets, which is also what {@code If-Match} takes.
 * {@code If-None-Match} and {@code If-Modified-Since} answer 304 on every cached read, whether served from memory or
 * not. An answer served from memory (200 or 304) says the revision it was made at ({@link Conditional#DATASET_REVISION}). Memory
 * is bounded by {@code ksr.read-cache.max-bytes} (least recently used entries go first); size, bytes and hits are in
 * the metrics as {@code ksr.read.cache.*}.
 */
@Singleton
public class ReadCache {

    private static final Logger LOG = Logger.getLogger(ReadCache.class);
    static final String KEY = ReadCache.class.getName() + ".key";
    static final String VERSION = ReadCache.class.getName() + ".version";
    static final String HTTP = ReadCache.class.getName() + ".http";
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    /** Off: every answer is built again (validators and 304s stay), e.g. to measure what a page costs to build. */
    @ConfigProperty(name = "ksr.read-cache.enabled", defaultValue = "true")
    boolean enabled;

    /** Upper bound of the bodies and keys held, in bytes. */
    @ConfigProperty(name = "ksr.read-cache.max-bytes", defaultValue = "33554432")
    long maxBytes;

    /** Larger answers are served but not kept. */
    @ConfigProperty(name = "ksr.read-cache.max-entry-bytes", defaultValue = "2097152")
    int maxEntryBytes;

    /** Part of every list validator, so that a new release with another representation never answers 304 for an old one. */
    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
    String release;

    private Cache<String, Entry> entries;
    private final AtomicLong latest = new AtomicLong(Long.MIN_VALUE);
    Counter hits;
    private Counter misses;
    Counter notModified;
    private Counter versionReads;
    private final FreshRead<Long> versions = new FreshRead<>(this::readVersion);

    /** A kept answer, made while the dataset was at {@code version}. */
    record Entry(long version, KeptAnswer answer) {
    }

    @PostConstruct
    void init() {
        entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> e.answer().weight(key))
                .build();
        hits = Counter.builder("ksr.read.cache.requests").tag("result", "hit")
                .description("Public reads answered from the read cache (200 or 304)").register(registry);
        misses = Counter.builder("ksr.read.cache.requests").tag("result", "miss")
                .description("Public reads built by the service (the cache had no answer at the current dataset version)")
                .register(registry);
        notModified = Counter.builder("ksr.read.cache.not.modified")
                .description("Conditional reads answered 304 Not Modified").register(registry);
        versionReads = Counter.builder("ksr.read.cache.version.reads")
                .description("Reads of the dataset version from PostgreSQL (requests arriving together share one)")
                .register(registry);
        Gauge.builder("ksr.read.cache.entries", this, c -> c.entries.estimatedSize())
                .description("Answers held by the read cache").register(registry);
        Gauge.builder("ksr.read.cache.bytes", this,
                        c -> c.entries.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .baseUnit("bytes").description("Memory held by the read cache (bodies and keys)").register(registry);
        Gauge.builder("ksr.read.cache.max.bytes", this, c -> c.maxBytes)
                .baseUnit("bytes").description("The read cache's memory bound").register(registry);
    }

    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Response lookup(ContainerRequestContext ctx, HttpServerRequest http) {
        if (!"GET".equals(ctx.getMethod()) || !ctx.getUriInfo().getPath().startsWith("/api/")
                || ctx.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || !BlockingOperationControl.isBlockingAllowed()) {
            return null;
        }
        String key = KeptAnswer.key(http);
        if (key == null) {
            return null;
        }
        Long version = currentVersion();
        if (version == null) {
            return null; // the database is not answering: the resource says so in its own words
        }
        // on the HTTP response: an answer from memory (200 or 304) carries it; an answer the resource builds does not
        // (Quarkus REST writes the headers of a built answer afresh), so a missing header means "not said"
        http.response().putHeader(Conditional.DATASET_REVISION, Long.toString(version));
        if (enabled) {
            Entry e = entries.getIfPresent(key);
            if (e != null && e.version() == version) {
                hits.increment();
                return answer(ctx, e);
            }
            misses.increment();
        }
        ctx.setProperty(KEY, key);
        ctx.setProperty(VERSION, version);
        ctx.setProperty(HTTP, http);
        return null;
    }

    @ServerResponseFilter(priority = Priorities.USER - 500)
    public void keep(ContainerRequestContext req, ContainerResponseContext res) {
        Object key = req.getProperty(KEY);
        if (key == null || res.getStatus() != 200 || !res.hasEntity()) {
            return;
        }
        long version = (Long) req.getProperty(VERSION);
        MultivaluedMap<String, Object> headers = res.getHeaders();
        if (headers.getFirst(HttpHeaders.ETAG) == null) {
            headers.putSingle(HttpHeaders.ETAG, new EntityTag(validator(version, (String) key)));
        }
        String etag = res.getHeaderString(HttpHeaders.ETAG);
        String lastModified = res.getHeaderString(HttpHeaders.LAST_MODIFIED);
        Object entity = res.getEntity();
        byte[] body = enabled ? bytes(entity) : null;
        MediaType type = res.getMediaType();
        if (type == null && body != null && !(entity instanceof byte[]) && !(entity instanceof String)) {
            type = JSON; // written as JSON right here: say so, as Quarkus REST would have from the method's @Produces
        }
        if (body != null) {
            res.setEntity(body, res.getEntityAnnotations(), type);
        }
        if (body != null && body.length <= maxEntryBytes) {
            entries.put((String) key, new Entry(version, KeptAnswer.of(res, body, type == null ? null : type.toString(),
                    (HttpServerRequest) req.getProperty(HTTP))));
            if (latest.get() > version) {
                entries.invalidate((String) key); // a write was seen meanwhile: the entry could never be served
            }
        }
        if (Conditional.notModified(req.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                req.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified)) {
            notModified.increment();
            res.setEntity(null);
            res.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            // a 304 repeats only the validator and caching fields (removed one by one: the map's key view may not
            // write through)
            for (String h : List.copyOf(headers.keySet())) {
                if (!Conditional.ON_NOT_MODIFIED.contains(h.toLowerCase(Locale.ROOT)) && !h.equalsIgnoreCase("X-Request-Id")) {
                    headers.remove(h);
                }
            }
            res.setEntity(null, res.getEntityAnnotations(), null);
        }
    }

    private Response answer(ContainerRequestContext ctx, Entry entry) {
        KeptAnswer e = entry.answer();
        boolean unchanged = Conditional.notModified(ctx.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                ctx.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), e.etag(), e.lastModified());
        Response.ResponseBuilder rb;
        if (unchanged) {
            notModified.increment();
            rb = Response.notModified();
            for (Map.Entry<String, String> h : e.headers()) {
                if (Conditional.ON_NOT_MODIFIED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    rb.header(h.getKey(), h.getValue());
                }
            }
        } else {
            rb = Response.ok(e.body());
            if (e.contentType() != null) {
                rb.type(e.contentType());
            }
            for (Map.Entry<String, String> h : e.headers()) {
                rb.header(h.getKey(), h.getValue());
            }
        }
        return rb.build();
    }

    /** The answer kept for {@code key}, whatever its version (null when none). */
    Entry kept(String key) {
        return enabled ? entries.getIfPresent(key) : null;
    }

    /**
     * The dataset's version now, or null when PostgreSQL cannot tell: from a read of {@code dataset_version} that began
     * after this call, shared with the requests that asked at the same time ({@link FreshRead}), so a burst of N reads
     * costs about two queries instead of N and none of them is answered from a version older than its own arrival.
     */
    Long currentVersion() {
        return versions.get();
    }

    /** One read of the version; a newer version than seen empties the cache. */
    Long readVersion() {
        versionReads.increment();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version FROM dataset_version");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long v = rs.getLong(1);
            long seen = latest.getAndAccumulate(v, Math::max);
            if (v > seen && seen != Long.MIN_VALUE) {
                entries.invalidateAll();
            }
            return v;
        } catch (SQLException e) {
            LOG.debugf("dataset version unavailable: %s", e.getMessage());
            return null;
        }
    }

    /** {@code "<version>-<digest of release and representation>"}: differs between representations and versions. */
    String validator(long version, String key) {
        return Long.toString(version, 36) + "-" + Conditional.digest(release + '\n' + key, 8);
    }

    private byte[] bytes(Object entity) {
        if (entity instanceof byte[] b) {
            return b;
        }
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null; // left to the normal writer, which reports it
        }
    }
}
