package org.ksrelations.kit.api;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write whose body comes without a Content-Type, with a wildcard one ({@code *}{@code /*}) or as
 * application/octet-stream is a 415 problem: otherwise the body would be read as JSON all the same (RESTEasy Reactive
 * lets these through to a JSON {@code @Consumes}).
 */
public class ContentTypeFilter {

    @ServerRequestFilter(preMatching = true)
    public void requireContentType(ContainerRequestContext ctx) {
        String method = ctx.getMethod();
        if (!("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
            return;
        }
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = ctx.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.isBlank() && !length.trim().equals("0"));
        String type = ctx.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (hasBody && (type == null || type.isBlank() || type.contains("*")
                || type.trim().toLowerCase(java.util.Locale.ROOT).startsWith("application/octet-stream"))) {
            throw new NotSupportedException("a request body needs a Content-Type; send application/json");
        }
    }
}
