package org.ksrelations.agreements.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.RecordResponses;
import org.ksrelations.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What the agreement, provision and milestone resources share: path ids, pages of an agreement's children. */
final class AgreementPaths {

    private AgreementPaths() {
    }

    /** A page of an agreement's children, keyset over their public id in the list's order; ETag is the agreement's. */
    static <T> Response childPage(ListResponses lists, HttpHeaders headers, UriInfo uri, List<T> all,
                                  Function<T, String> idOf, Comparator<String> order, String sortName, Cursor cursor,
                                  int limit, boolean includeTotal, Set<String> projection, Agreement a, Request request) {
        EntityTag tag = Params.etag(a.version);
        Response notModified = RecordResponses.notModified(request, tag);
        if (notModified != null) {
            return notModified;
        }
        List<T> rest = cursor == null ? all
                : all.stream().filter(t -> order.compare(idOf.apply(t), cursor.slug()) > 0).toList();
        List<T> page = new ArrayList<>(rest.subList(0, Math.min(limit, rest.size())));
        String next = rest.size() > limit
                ? new Cursor(sortName, null, idOf.apply(page.get(page.size() - 1))).encode() : null;
        Response r = lists.list(page, next, includeTotal ? (long) all.size() : null, projection, headers, uri, a.updatedAt);
        return Response.fromResponse(r).tag(tag).build();
    }

    static String checkedSlug(String slug) {
        return Slugs.checked("agreement", slug);
    }

    static String checkedNumber(String slug, String number) {
        if (number == null || number.length() > 20 || !number.matches(ProvisionView.NUMBER_PATTERN)) {
            throw ProblemException.notFound("provision", slug + "/" + Slugs.shown(number, 20));
        }
        return number;
    }
}
