package org.ksrelations.gateway.api;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.RequestIds;
import org.ksrelations.kit.problem.ProblemMappers;
import org.ksrelations.kit.problem.ProblemType;
import org.ksrelations.gateway.service.Revalidating;
import org.ksrelations.gateway.service.Service;
import org.ksrelations.gateway.service.Upstreams;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Routes {@code /api/v1/events|actors/**} to events-service, {@code /api/v1/agreements/**} to agreements-service,
 * {@code /api/v1/states|recognitions|memberships/**} to recognition-service, passing status, body and the headers that
 * matter in both directions. The operations are documented by the services' own specs (merged into the gateway's), so
 * this class is left out of the gateway's OpenAPI scan ({@code mp.openapi.scan.exclude.classes}).
 */
@Path("/api/v1")
public class ProxyResource {

    static final String ROUTE = "{path: (events|actors|agreements|states|recognitions|memberships)(/.*)?}";

    /** Request headers forwarded to a service. */
    static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT,
            HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_UNMODIFIED_SINCE, RequestIds.HEADER);

    /** Response headers passed back to the client (Link and Location rewritten to the gateway's address). */
    static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "etag", "link", "location", "cache-control",
            "last-modified", "vary", "www-authenticate", "allow", "retry-after", "content-language",
            "content-disposition");

    private static final Logger LOG = Logger.getLogger(ProxyResource.class);

    @Inject
    Upstreams upstreams;

    @Inject
    Revalidating copies;

    @Inject
    AgreementIncludes includes;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path(ROUTE)
    public Uni<Response> get(@PathParam("path") String path) {
        if (AgreementIncludes.applies(path, uri) && !AgreementIncludes.parse(uri).isEmpty()) {
            // the agreement detail with its linked events (issue 18): composed here, documented on getAgreement
            return includes.agreementWithEvents(path, uri, headers, stripSlash(uri.getBaseUri().toString()));
        }
        return forward(HttpMethod.GET, path, null);
    }

    @HEAD
    @Path(ROUTE)
    public Uni<Response> head(@PathParam("path") String path) {
        return forward(HttpMethod.HEAD, path, null);
    }

    @POST
    @Path(ROUTE)
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> post(@PathParam("path") String path, byte[] body) {
        return forward(HttpMethod.POST, path, body);
    }

    @PUT
    @Path(ROUTE)
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> put(@PathParam("path") String path, byte[] body) {
        return forward(HttpMethod.PUT, path, body);
    }

    @PATCH
    @Path(ROUTE)
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> patch(@PathParam("path") String path, byte[] body) {
        return forward(HttpMethod.PATCH, path, body);
    }

    @DELETE
    @Path(ROUTE)
    public Uni<Response> delete(@PathParam("path") String path) {
        return forward(HttpMethod.DELETE, path, null);
    }

    Uni<Response> forward(HttpMethod method, String path, byte[] body) {
        String segment = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        Service service = Service.owning(segment);
        String rawPath = uri.getRequestUri().getRawPath();
        String rawQuery = uri.getRequestUri().getRawQuery();
        String target = rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        for (String h : REQUEST_HEADERS) {
            List<String> values = headers.getRequestHeader(h);
            if (values != null) {
                values.forEach(v -> out.add(h, v));
            }
        }
        out.set(RequestIds.HEADER, RequestIds.current());
        String gatewayBase = stripSlash(uri.getBaseUri().toString());
        String serviceBase = upstreams.baseUrl(service);
        Uni<Response> answer;
        if (method == HttpMethod.GET && headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            // public reads go through the gateway's revalidated copies: the service is still asked every time
            String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
            String ifModifiedSince = headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
            answer = copies.get(service, target, out)
                    .map(a -> fromCopy(a, service, ifNoneMatch, ifModifiedSince, serviceBase, gatewayBase));
        } else {
            answer = upstreams.send(service, method, target, out, body == null ? null : Buffer.buffer(body))
                    .map(res -> toResponse(res, serviceBase, gatewayBase));
        }
        return answer
                .onFailure().recoverWithItem(t -> {
                    if (t instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
                        // the failure that opened the circuit was logged; one line per refused request is noise
                        LOG.debugf("%s %s -> %s refused: circuit open", method, rawPath, service.id);
                    } else {
                        LOG.warnf("%s %s -> %s failed: %s", method, rawPath, service.id, t.toString());
                    }
                    return ProblemMappers.unavailable(ProblemType.SERVICE_UNAVAILABLE,
                            "the " + service.id + " service is not answering; try again shortly", rawPath);
                });
    }

    /** A public read's answer from the service or from the gateway's copy; 304 when the client's copy is current. */
    static Response fromCopy(Revalidating.Answer a, Service service, String ifNoneMatch, String ifModifiedSince,
                             String serviceBase, String gatewayBase) {
        if (a.status == 200 && Conditional.notModified(ifNoneMatch, ifModifiedSince, a.etag, a.header("Last-Modified"))) {
            Response.ResponseBuilder rb = Response.notModified();
            for (Map.Entry<String, String> h : a.headers) {
                if (Conditional.ON_NOT_MODIFIED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    rb.header(h.getKey(), h.getValue());
                }
            }
            return rb.build();
        }
        Response.ResponseBuilder rb = Response.status(a.status);
        a.headers.forEach(h -> relay(rb, h.getKey(), h.getValue(), serviceBase, gatewayBase));
        if (a.body.length > 0) {
            rb.entity(a.body);
        }
        if (a.status == 200) {
            KeptReads.madeAt(rb, Collections.singletonMap(service, a.revision())); // kept whole when the copy was confirmed
        }
        return rb.build();
    }

    static Response toResponse(HttpResponse<Buffer> res, String serviceBase, String gatewayBase) {
        Response.ResponseBuilder rb = Response.status(res.statusCode());
        res.headers().forEach(e -> relay(rb, e.getKey(), e.getValue(), serviceBase, gatewayBase));
        Buffer b = res.body();
        if (b != null && b.length() > 0) {
            rb.entity(b.getBytes());
        }
        return rb.build();
    }

    /** A header of a service's answer that the client is given, with links to the service made links to the gateway. */
    private static void relay(Response.ResponseBuilder rb, String header, String value, String serviceBase,
                              String gatewayBase) {
        String name = header.toLowerCase(Locale.ROOT);
        if (RESPONSE_HEADERS.contains(name)) {
            rb.header(header, name.equals("link") || name.equals("location")
                    ? value.replace(serviceBase, gatewayBase) : value);
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
