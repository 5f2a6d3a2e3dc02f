package org.ksrelations.kit.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/**
 * Every request has an id: the client's (or the gateway's) {@code X-Request-Id} when it is a sane token, a new UUID
 * otherwise. It is in the logging context ({@code requestId}) while the request is served, echoed on the answer, and
 * forwarded by the gateway to the services.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    @ServerRequestFilter(preMatching = true)
    public void in(ContainerRequestContext ctx) {
        String id = ctx.getHeaderString(HEADER);
        if (id == null || id.isBlank() || id.length() > 100 || !id.matches("[A-Za-z0-9._:-]+")) {
            id = UUID.randomUUID().toString();
        }
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
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }
}
