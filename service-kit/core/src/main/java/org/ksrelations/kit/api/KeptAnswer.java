package org.ksrelations.kit.api;

import io.netty.buffer.Unpooled;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A public read's answer kept in memory to be served again as it was built, before Quarkus REST routes the request
 * (a service's read cache, the gateway's kept reads): the body, its content type as Quarkus REST wrote it, the
 * representation headers (without the per-exchange ones, {@link Conditional#PER_EXCHANGE}), the validators, and the
 * path template Quarkus REST matched the request by, so that metrics and spans name an answer from memory by its
 * template, not by its raw path.
 */
public record KeptAnswer(byte[] body, String contentType, List<Map.Entry<String, String>> headers, String etag,
                         String lastModified, String route) {

    /** Where Quarkus REST (and its observability handler) keeps the matched path template of a request. */
    static final String ROUTE = "UrlPathTemplate";
    private static final int MAX_KEY_CHARS = 4096;

    /**
     * The answer a response filter sees, with {@code body} as its bytes and {@code contentType} as its type; its headers
     * as they stand (so a filter that runs late sees what goes out), less the per-exchange ones and the type.
     */
    public static KeptAnswer of(ContainerResponseContext res, byte[] body, String contentType, HttpServerRequest http) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        res.getStringHeaders().forEach((name, values) -> {
            String n = name.toLowerCase(Locale.ROOT);
            if (!Conditional.PER_EXCHANGE.contains(n) && !n.equals("content-type")) { // the type is kept apart
                values.forEach(v -> kept.add(Map.entry(name, v)));
            }
        });
        return new KeptAnswer(body, contentType, List.copyOf(kept), res.getHeaderString("ETag"),
                res.getHeaderString("Last-Modified"), route(http));
    }

    /** What it holds in memory, about, in bytes, kept under {@code key}. */
    public int weight(String key) {
        return key.length() * 2 + body.length + 64 * (headers.size() + 2);
    }

    /**
     * Whether {@code req} is a read a kept answer may serve: no credentials (their answers are not shared), no body, no
     * precondition ({@code If-Match}, {@code If-Unmodified-Since}) for the resource to evaluate.
     */
    public static boolean shareable(HttpServerRequest req) {
        MultiMap in = req.headers();
        return !in.contains(HttpHeaders.AUTHORIZATION) && !in.contains(HttpHeaders.TRANSFER_ENCODING)
                && (!in.contains(HttpHeaders.CONTENT_LENGTH) || "0".equals(in.get(HttpHeaders.CONTENT_LENGTH)))
                && !in.contains(HttpHeaders.IF_MATCH) && !in.contains("If-Unmodified-Since");
    }

    /**
     * The representation a GET asks for — its absolute URI (path, query, host), {@code Accept}, {@code Accept-Language}
     * and the UTC day (answers that say "as of today" change at midnight) — or null when it is too long to be worth
     * keeping. Made from the HTTP request itself, so that a front door and a Quarkus REST filter name an answer alike.
     */
    public static String key(HttpServerRequest http) {
        String uri = http.absoluteURI();
        if (uri == null || uri.length() > MAX_KEY_CHARS) {
            return null;
        }
        return uri + '\n' + nz(http.getHeader(HttpHeaders.ACCEPT)) + '\n'
                + nz(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE)) + '\n' + LocalDate.now(ZoneOffset.UTC);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Whether a request with these conditional headers is answered 304 by this answer. */
    public boolean notModified(HttpServerRequest req) {
        return Conditional.notModified(req.getHeader(HttpHeaders.IF_NONE_MATCH),
                req.getHeader(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified);
    }

    /**
     * Answers {@code rc} with this answer: a 304 when the request's {@code If-None-Match} / {@code If-Modified-Since}
     * match (with the validator and caching headers only), its bytes (wrapped, not copied) and headers otherwise; with
     * this exchange's {@link RequestIds request id} and {@code extra} headers. Returns whether it was a 304.
     */
    public boolean write(RoutingContext rc, Map<String, String> extra) {
        HttpServerRequest req = rc.request();
        HttpServerResponse res = rc.response();
        boolean unchanged = notModified(req);
        MultiMap out = res.headers();
        for (Map.Entry<String, String> h : headers) {
            if (!unchanged || Conditional.ON_NOT_MODIFIED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                out.add(h.getKey(), h.getValue());
            }
        }
        extra.forEach(out::set);
        out.set(RequestIds.HEADER, RequestIds.accept(req.getHeader(RequestIds.HEADER)));
        if (route != null && req instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(ROUTE, route);
        }
        if (unchanged) {
            res.setStatusCode(304).end();
            return true;
        }
        if (contentType != null) {
            out.set("Content-Type", contentType); // spelled as Quarkus REST spelled it
        }
        res.setStatusCode(200).end(Buffer.buffer(Unpooled.wrappedBuffer(body)));
        return false;
    }

    /** The path template Quarkus REST matched {@code http} by, or null. */
    public static String route(HttpServerRequest http) {
        if (http instanceof HttpServerRequestInternal internal && internal.context().getLocal(ROUTE) instanceof String r) {
            return r;
        }
        return null;
    }
}
