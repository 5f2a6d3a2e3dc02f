package org.ksrelations.agreements.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.service.AgreementQueries;
import org.ksrelations.agreements.service.AgreementWrites;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.ListResource;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the resources of an agreement's children (provisions, milestones) share: the agreement named in the path, and
 * a page of its children read as a page of the agreement (keyset over the child's public id, the agreement's ETag).
 */
abstract class AgreementChildResource extends ListResource {

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementWrites writes;

    /** The parameters every child list takes ({@link AgreementChildList}), checked before the agreement is looked up. */
    record Paging(OffsetDateTime since, int limit, Cursor cursor, boolean includeTotal, Set<String> projection) {
    }

    Paging paging(AgreementChildList list, String fields, Set<String> allowedFields, String sortName) {
        OffsetDateTime since = list.updatedSince();
        int lim = list.limit();
        boolean total = list.includeTotal();
        Set<String> projection = lists.parseFields(fields, allowedFields);
        return new Paging(since, lim, list.cursor(sortName), total, projection);
    }

    /** The agreement a path names; 404 when the slug cannot be one or names none. */
    Agreement agreement(String slug) {
        return agreements.get(AgreementPaths.checkedSlug(slug));
    }

    /**
     * A page of {@code all}, the agreement's children in the list's order; none unless the agreement changed after
     * {@code updatedSince} (which asks about the agreement, whose version is the list's ETag).
     */
    <T> Response page(Paging p, String sortName, List<T> all, Function<T, String> idOf, Comparator<String> order,
                      Agreement a, Request request) {
        List<T> changed = p.since() == null || a.updatedAt.isAfter(p.since()) ? all : List.of();
        return AgreementPaths.childPage(lists, headers, uri, changed, idOf, order, sortName, p.cursor(), p.limit(),
                p.includeTotal(), p.projection(), a, request);
    }
}
