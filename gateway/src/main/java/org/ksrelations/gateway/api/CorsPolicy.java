package org.ksrelations.gateway.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gateway's CORS policy, which Quarkus' CORS filter (one policy for every method) cannot express: anonymous reads
 * ({@code GET}, {@code HEAD}) from any origin, without credentials ({@code Access-Control-Allow-Origin: *}, no
 * {@code Authorization} in a read's preflight); writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) only
 * from the origins configured in {@code ksr.cors.write-origins} ({@code KSR_CORS_ORIGINS}), which get their own origin
 * back with {@code Vary: Origin}. A preflight for a write from another origin is refused with a bare 403, so the browser
 * never sends the write. A read's answer says {@code *} to every origin (so a cached read serves them all); a preflight
 * from a configured origin allows the write methods and headers. {@code quarkus.http.cors.enabled} stays false: this
 * filter is the policy.
 */
@ApplicationScoped
public class CorsPolicy {

    /** Before authentication and routing (Quarkus' own CORS filter would sit at 300). */
    static final int PRIORITY = 400;
    static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    static final String READ_HEADERS = "Accept,Accept-Language,If-None-Match,If-Modified-Since,X-Request-Id";
    static final String WRITE_HEADERS = READ_HEADERS + ",Authorization,Content-Type,If-Match,If-Unmodified-Since";
    static final String EXPOSED = "ETag,Link,Location,Last-Modified,X-Request-Id,Retry-After,Content-Disposition,"
            + "Repr-Digest,Content-Language,WWW-Authenticate,Deprecation,Sunset";
    static final String MAX_AGE = "3600";

    @ConfigProperty(name = "ksr.cors.write-origins")
    List<String> writeOrigins;

    void register(@Observes Filters filters) {
        Set<String> allowed = writeOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        filters.register(rc -> handle(rc, allowed), PRIORITY);
    }

    static void handle(RoutingContext rc, Set<String> writeOrigins) {
        HttpServerRequest req = rc.request();
        String origin = req.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        HttpServerResponse res = rc.response();
        boolean trusted = writeOrigins.contains(origin);
        String requested = req.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (req.method() == HttpMethod.OPTIONS && requested != null) {
            HttpMethod method;
            try {
                method = HttpMethod.valueOf(requested.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                method = HttpMethod.TRACE; // neither a read nor a write: refused below
            }
            res.headers().add(HttpHeaders.VARY, "Origin");
            if (READS.contains(method) && !trusted) {
                res.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD,OPTIONS")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, READ_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                        .setStatusCode(200).end();
            } else if (trusted && (READS.contains(method) || WRITES.contains(method))) {
                res.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, WRITE_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                        .setStatusCode(200).end();
            } else {
                res.setStatusCode(403).end();
            }
            return;
        }
        if (READS.contains(req.method())) {
            // the same for every origin, so a cached read serves them all
            res.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else if (trusted) {
            res.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            res.headers().add(HttpHeaders.VARY, "Origin");
        }
        // a write from another origin gets no CORS header: the browser keeps the answer from the page
        res.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        rc.next();
    }
}
