package org.ksrelations.kit.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request has an id: the client's (or the gateway's) {@code X-Request-Id} when it is a sane token, a new UUID
 * otherwise. It is in the logging context ({@code requestId}) while the request is served, echoed on the answer, and
 * forwarded by the gateway to the services.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void in(ContainerRequestContext ctx) {
        String id = accept(ctx.getHeaderString(HEADER));
        ctx.setProperty(HEADER, id);
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void out(ContainerRequestContext req, ContainerResponseContext res) {
        Object id = req.getProperty(HEADER);
        if (id != null) {
            res.getHeaders().putSingle(HEADER, id.toString());
        }
        MDC.remove("requestId");
    }

    /** The id of the request being served (from the logging context). */
    public static String current() {
        Object id = MDC.get("requestId");
        return id == null ? newId() : id.toString();
    }

    /** The id a request is served under: {@code header} when it is a sane token, a new one otherwise. */
    public static String accept(String header) {
        return header != null && SANE.matcher(header).matches() ? header : newId();
    }

    /**
     * A new random id in the form of a version-4 UUID. It names a request in logs and traces, it guards nothing, so it
     * comes from the thread's fast generator rather than the shared secure one every request would queue for.
     */
    static String newId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }
}
