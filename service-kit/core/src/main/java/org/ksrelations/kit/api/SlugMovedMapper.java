package org.ksrelations.kit.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers {@link SlugMoved}: 301 (reads) or 308 (writes) with the record's new URL in {@code Location}, no body. */
public class SlugMovedMapper {

    @ServerExceptionMapper
    public Response moved(SlugMoved e, UriInfo uri, Request request) {
        return Response.status(SlugMoved.status(request.getMethod()))
                .location(SlugMoved.relocate(uri.getRequestUri(), e.oldSlug(), e.newSlug()))
                .header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL)
                .build();
    }
}
