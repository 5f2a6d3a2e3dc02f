package org.ksrelations.recognition.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Optional;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is answered 413 as problem+json. Quarkus'
 * own check (a Vert.x route at order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) answers such requests with an
 * empty 413 before any JAX-RS code runs, so no exception mapper can see them; this route runs just before it and
 * does the same (status, then close the connection once the answer is written) with a problem body.
 */
@ApplicationScoped
public class BodyTooLarge {

    private static final Logger LOG = Logger.getLogger(BodyTooLarge.class);

    /**
     * A body that cannot be read: a chunked body over the limit (RESTEasy Reactive has then answered the bare 413
     * itself, and this answer is not sent) or a client that went away. Not a server error, so no stack trace in the log.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        if ("Request too large".equals(e.getMessage())) {
            return ProblemMappers.problem(413, "payload-too-large", "Payload too large",
                    "the request body is larger than the limit", uri, null);
        }
        LOG.debugf("request body could not be read: %s", e.toString());
        return ProblemMappers.problem(400, "bad-request", "Bad request", "the request body could not be read", uri, null);
    }

    void install(@Observes Router router) {
        Optional<MemorySize> limit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class);
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(rc -> {
            String raw = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = raw == null ? -1 : Long.parseLong(raw.trim());
            } catch (NumberFormatException e) {
                length = -1; // left to the HTTP layer
            }
            if (length <= max) {
                rc.next();
                return;
            }
            String body = new JsonObject()
                    .put("type", Problem.TYPE_BASE + "payload-too-large")
                    .put("title", "Payload too large")
                    .put("status", 413)
                    .put("detail", "the request body is larger than the limit of " + max + " bytes")
                    .put("instance", rc.request().path())
                    .encode();
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(v -> rc.request().connection().close());
            rc.response().end(body);
        });
    }
}
