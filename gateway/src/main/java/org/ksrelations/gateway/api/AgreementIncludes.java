package org.ksrelations.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ksrelations.gateway.service.Composer;
import org.ksrelations.gateway.service.Service;
import org.ksrelations.gateway.service.Upstreams;
import org.ksrelations.kit.api.Conditional;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.RequestIds;
import org.ksrelations.kit.problem.ProblemMappers;
import org.ksrelations.kit.problem.ProblemType;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.ksrelations.gateway.service.Composer.query;

/**
 * {@code GET /api/v1/agreements/{slug}?include=events} (issue 18, step 5): the agreement from agreements-service with
 * the events that link to it, from events-service's {@code GET /api/v1/events?agreement={slug}} — the event side owns
 * the link ({@code relatedAgreements}), so this is the view of a link that cannot drift from an editor's write. One list
 * call, in the request's language. When events-service does not answer, the agreement comes with
 * {@code incomplete: ["events"]}, as the timeline does. Documented on {@code getAgreement} by {@link GatewayOpenApi}.
 */
@ApplicationScoped
public class AgreementIncludes {

    /** The parts {@code include} may name. */
    public enum Include { EVENTS }

    /** What events-service is asked for, and what each entry of {@code events} carries. */
    static final String EVENT_FIELDS = "slug,date,datePrecision,title,category";

    private static final Pattern DETAIL = Pattern.compile("agreements/[^/]+");
    /** Sub-resources of {@code /agreements} that look like a slug but are lists: {@code include} is not theirs. */
    private static final List<String> NOT_SLUGS = List.of("agreements/milestones", "agreements/changes");

    @Inject
    Upstreams upstreams;

    @Inject
    Composer composer;

    @Inject
    ObjectMapper mapper;

    /** Whether this GET is an agreement detail asking for included parts. */
    static boolean applies(String path, UriInfo uri) {
        return DETAIL.matcher(path).matches() && !NOT_SLUGS.contains(path)
                && uri.getQueryParameters().containsKey("include");
    }

    /** The parts named, validated (unknown value → 400 invalid-parameter); empty when {@code include} names none. */
    static List<Include> parse(UriInfo uri) {
        return Params.enums("include", uri.getQueryParameters().get("include"), Include.class);
    }

    Uni<Response> agreementWithEvents(String path, UriInfo uri, HttpHeaders headers, String gatewayBase) {
        String slug = path.substring("agreements/".length());
        String rawPath = uri.getRequestUri().getRawPath();
        String langParam = uri.getQueryParameters().getFirst("lang");
        Lang lang = Lang.resolve(langParam, headers); // a bad lang is a 400 here, as in the services
        String rid = RequestIds.current();

        // the agreement itself, with the client's language headers but without include and without conditions
        // (the representation here is the composite's, with its own ETag)
        StringBuilder target = new StringBuilder("/api/v1/").append(path);
        String rawQuery = uri.getRequestUri().getRawQuery();
        if (rawQuery != null) {
            String kept = String.join("&", java.util.Arrays.stream(rawQuery.split("&"))
                    .filter(p -> !p.equals("include") && !p.startsWith("include=")).toList());
            if (!kept.isEmpty()) {
                target.append('?').append(kept);
            }
        }
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        for (String h : List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.AUTHORIZATION)) {
            List<String> values = headers.getRequestHeader(h);
            if (values != null) {
                values.forEach(v -> out.add(h, v));
            }
        }
        out.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        out.set(RequestIds.HEADER, rid);
        String serviceBase = upstreams.baseUrl(Service.AGREEMENTS);
        Uni<HttpResponse<Buffer>> agreement = upstreams.send(Service.AGREEMENTS, HttpMethod.GET, target.toString(), out, null);
        Uni<Optional<JsonNode>> events = composer.getJson(Service.EVENTS, "/api/v1/events",
                query("agreement", slug, "sort", "date", "limit", "500", "fields", EVENT_FIELDS, "lang", lang.code()), rid);

        return Uni.combine().all().unis(agreement, events).asTuple()
                .map(t -> {
                    HttpResponse<Buffer> res = t.getItem1();
                    if (res.statusCode() == 301 || res.statusCode() == 308) {
                        return moved(res, serviceBase, gatewayBase, rawQuery); // a former slug: to the new one, include kept
                    }
                    if (res.statusCode() != 200) {
                        return ProxyResource.toResponse(res, serviceBase, gatewayBase); // 404, 400, … as the service said
                    }
                    return compose(res, t.getItem2(), headers);
                })
                .onFailure().recoverWithItem(x -> ProblemMappers.unavailable(ProblemType.SERVICE_UNAVAILABLE,
                        "the agreements service is not answering; try again shortly", rawPath));
    }

    /**
     * The service's redirect of a former slug, for the client's own request: the new path at the gateway's address,
     * with the client's whole query string ({@code include} too, which the service was not sent).
     */
    static Response moved(HttpResponse<Buffer> res, String serviceBase, String gatewayBase, String clientQuery) {
        Response r = ProxyResource.toResponse(res, serviceBase, gatewayBase);
        String location = res.getHeader(HttpHeaders.LOCATION);
        if (location == null) {
            return r;
        }
        java.net.URI to = java.net.URI.create(location.replace(serviceBase, gatewayBase));
        String base = to.getScheme() == null ? "" : to.getScheme() + "://" + to.getRawAuthority();
        return Response.fromResponse(r).location(java.net.URI.create(base + to.getRawPath()
                + (clientQuery == null ? "" : "?" + clientQuery))).build();
    }

    private Response compose(HttpResponse<Buffer> res, Optional<JsonNode> events, HttpHeaders headers) {
        ObjectNode body;
        try {
            body = (ObjectNode) mapper.readTree(res.body().getBytes());
        } catch (Exception e) {
            return ProblemMappers.unavailable(ProblemType.SERVICE_UNAVAILABLE,
                    "the agreements service gave an answer that is not an agreement", null);
        }
        ArrayNode incomplete = mapper.createArrayNode();
        if (events.isPresent()) {
            ArrayNode list = mapper.createArrayNode();
            for (JsonNode e : events.get().path("items")) {
                ObjectNode item = mapper.createObjectNode();
                for (String f : EVENT_FIELDS.split(",")) {
                    item.set(f, e.get(f));
                }
                list.add(item);
            }
            body.set("events", list);
        } else {
            incomplete.add("events");
        }
        body.set("incomplete", incomplete);
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        EntityTag tag = new EntityTag("ie-" + Conditional.digest(bytes, 12), true);
        boolean complete = incomplete.isEmpty();
        List<String> inm = headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (complete && inm != null && Conditional.matches(String.join(",", inm), "\"" + tag.getValue() + "\"")) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, "public, max-age=60").build();
        }
        Response.ResponseBuilder rb = Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, complete ? "public, max-age=60" : "no-store")
                .header(HttpHeaders.VARY, "Accept-Language");
        if (complete) {
            rb.tag(tag);
        }
        String cl = res.getHeader("Content-Language");
        if (cl != null) {
            rb.header("Content-Language", cl);
        }
        return rb.build();
    }
}
