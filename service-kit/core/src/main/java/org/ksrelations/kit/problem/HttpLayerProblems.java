package org.ksrelations.kit.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the HTTP layer refuses before any resource runs (a path whose percent-encoding is invalid, for example) still
 * answers problem+json, wherever Vert.x hands the failure to the router: a failure handler ahead of Quarkus' own
 * writes the catalogue's problem for a client-error status. Server errors go on to Quarkus' handler, which logs them.
 * What Vert.x answers before routing (a request line over {@code max-initial-line-length}: 414; headers over
 * {@code max-header-size}: 431) cannot be seen here and stays a bare answer.
 */
@ApplicationScoped
public class HttpLayerProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(HttpLayerProblems::handle);
        // a request that fails before any route could match it (an invalid percent-encoding in the path) reaches
        // the router's error handler for its status, not a failure handler
        for (int status : new int[] {400, 404, 405, 413, 414, 431}) {
            router.errorHandler(status, HttpLayerProblems::handle);
        }
    }

    static void handle(RoutingContext rc) {
        int status = rc.statusCode();
        if (rc.response().headWritten() || status < 400 || status >= 500) {
            rc.next();
            return;
        }
        ProblemType type = ProblemType.forStatus(status).orElse(ProblemType.BAD_REQUEST);
        String detail = status == 400 ? "the request cannot be read (an invalid URL, header or encoding)" : type.usedWhen();
        String path = rc.request().uri();
        int q = path.indexOf('?');
        path = q < 0 ? path : path.substring(0, q);
        path = path.length() > 200 ? path.substring(0, 200) : path;
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(type, detail, path, null)));
    }
}
