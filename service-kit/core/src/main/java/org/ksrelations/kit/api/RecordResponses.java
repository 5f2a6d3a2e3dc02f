package org.ksrelations.kit.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.function.Supplier;

/**
 * The answer to a GET of one record (or of a page of its children): its row version is the {@code ETag}, which is also
 * what {@code If-Match} takes for a write; a request whose {@code If-None-Match} names it gets a 304. A write answers
 * with the record's new version as its {@code ETag}.
 */
public final class RecordResponses {

    private RecordResponses() {
    }

    /** The 304 for a request whose {@code If-None-Match} names {@code tag}; null when the client's copy is not current. */
    public static Response notModified(Request request, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified == null ? null
                : notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL).build();
    }

    /**
     * A record of row version {@code version}, changed at {@code updatedAt}: 304 when the client's copy is current,
     * otherwise 200 with the view (built only then), {@code Last-Modified} and the public caching headers; {@code vary}
     * names what else the view depends on (e.g. {@code Accept-Language}), null for nothing.
     */
    public static Response conditional(Request request, long version, OffsetDateTime updatedAt, String vary,
                                       Supplier<?> view) {
        EntityTag tag = Params.etag(version);
        Response notModified = notModified(request, tag);
        if (notModified != null) {
            return notModified;
        }
        Response.ResponseBuilder rb = Response.ok(view.get()).tag(tag)
                .lastModified(Date.from(updatedAt.toInstant()))
                .header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL);
        if (vary != null) {
            rb.header(HttpHeaders.VARY, vary);
        }
        return rb.build();
    }

    /** 201 for a record created at {@code location}: its view, and its version as the {@code ETag}. */
    public static Response created(String location, long version, Object view) {
        return Response.created(URI.create(location)).tag(Params.etag(version)).entity(view).build();
    }

    /** 200 for a record replaced or changed: its view, and its new version as the {@code ETag}. */
    public static Response written(Object view, long version) {
        return Response.ok(view).tag(Params.etag(version)).build();
    }

    /** 204 for a part deleted from a record: the record's new version as the {@code ETag}. */
    public static Response deleted(long version) {
        return Response.noContent().tag(Params.etag(version)).build();
    }
}
