package org.ksrelations.kit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ksrelations.kit.service.Slice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What every resource that answers lists is given: the list responses ({@link ListResponses}) and the request's URI
 * and headers they are built from. A resource extends it instead of declaring the three itself.
 */
public abstract class ListResource {

    @Inject
    protected ListResponses lists;

    @Inject
    protected UriInfo uri;

    @Inject
    protected HttpHeaders headers;

    /**
     * The page a list answers: the slice the service found, each record shown as {@code view} makes it, projected to
     * {@code projection}; {@code lastModified} is the list's {@code Last-Modified} (null for none).
     */
    protected <T> Response page(Slice<T> found, Function<? super T, ?> view, Set<String> projection,
                                OffsetDateTime lastModified) {
        List<?> items = found.items().stream().map(view).toList();
        return lists.list(items, found.nextCursor(), found.totalItems(), projection, headers, uri, lastModified);
    }

    /**
     * Whether this request's page can be passed through as JSON the database wrote: JSON is asked for (not CSV),
     * in one language (PostgreSQL writes the maps of {@code lang=all} with spaces, so those stay with Jackson).
     */
    protected boolean jsonFromDatabase(Lang lang) {
        return !lang.all() && !lists.wantsCsv(headers);
    }

    /** The page a list answers when its items are JSON text already ({@link #jsonFromDatabase}). */
    protected Response jsonPage(Slice<String> found, OffsetDateTime lastModified) {
        return lists.jsonList(found.items(), found.nextCursor(), found.totalItems(), uri, lastModified);
    }
}
