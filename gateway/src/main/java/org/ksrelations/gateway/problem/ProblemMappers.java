package org.ksrelations.gateway.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The gateway's own errors as problem+json; no stack trace reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response problem(int status, String type, String title, String detail, String instance,
                                   List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, errors)).build();
    }

    public static Response unavailable(String service, String instance) {
        return Response.fromResponse(problem(503, "service-unavailable", "Service unavailable",
                        "the " + service + " service is not answering; try again shortly", instance, null))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri.getRequestUri().getRawPath(), e.errors());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(500, "internal", "Internal error", "the request could not be completed",
                    uri.getRequestUri().getRawPath(), null);
        }
        Response.StatusType st = Response.Status.fromStatusCode(status);
        String title = st == null ? "Client error" : st.getReasonPhrase();
        Response.ResponseBuilder rb = Response.fromResponse(problem(status,
                title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), title,
                status == 404 ? "no resource at this path" : "the request is not valid",
                uri.getRequestUri().getRawPath(), null));
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            rb.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return rb.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("unexpected error", e);
        return problem(500, "internal", "Internal error", "the request could not be completed",
                uri.getRequestUri().getRawPath(), null);
    }
}
