package org.ksrelations.kit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is answered 413 as problem+json. Quarkus'
 * own check (a Vert.x route at order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) answers such requests with an
 * empty 413 before any JAX-RS code runs, so no exception mapper can see them; this route runs just before it and
 * does the same (status, then close the connection once the answer is written) with a problem body.
 */
@ApplicationScoped
public class BodyTooLarge {

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
            String body = Json.encode(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "the request body is larger than the limit of " + max + " bytes", rc.request().path(), null));
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(v -> rc.request().connection().close());
            rc.response().end(body);
        });
    }
}
