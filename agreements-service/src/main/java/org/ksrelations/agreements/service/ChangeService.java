package org.ksrelations.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.ksrelations.agreements.api.ChangePage;
import org.ksrelations.agreements.api.Cursor;
import org.ksrelations.agreements.api.Lang;
import org.ksrelations.agreements.api.Views;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The changes feed: upserts and tombstones in the order they happened, keyset-paginated by (time, slug). */
@ApplicationScoped
public class ChangeService {

    private static final String SORT = "changes";

    @Inject
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Transactional
    public ChangePage changes(OffsetDateTime since, int limit, String rawCursor, Lang lang) {
        Cursor cursor = Cursor.decode(rawCursor, SORT);
        OffsetDateTime after = since;
        String afterSlug = "";
        if (cursor != null) {
            try {
                after = OffsetDateTime.parse(cursor.key());
            } catch (RuntimeException e) {
                throw ProblemException.badParam("cursor", "is not a cursor this API issued");
            }
            afterSlug = cursor.slug();
        }
        String sql = "SELECT kind, slug, at, id FROM ("
                + " SELECT 'UPSERT' AS kind, slug, updated_at AS at, id FROM agreement"
                + " UNION ALL SELECT 'DELETE', slug, deleted_at, NULL FROM tombstone WHERE resource = 'agreement') c"
                + (after == null ? "" : " WHERE (at, slug) > (:after, :afterSlug)")
                + " ORDER BY at, slug, kind LIMIT :limit";
        Query q = em.createNativeQuery(sql);
        if (after != null) {
            q.setParameter("after", after);
            q.setParameter("afterSlug", afterSlug);
        }
        q.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        List<Long> ids = rows.stream().filter(r -> r[3] != null).map(r -> ((Number) r[3]).longValue()).toList();
        Map<Long, Agreement> byId = new HashMap<>();
        agreements.load(ids).forEach(e -> byId.put(e.id, e));
        List<ChangePage.Change> items = new ArrayList<>();
        for (Object[] r : rows) {
            OffsetDateTime at = AgreementService.toOffset(r[2]);
            if ("DELETE".equals(r[0])) {
                items.add(new ChangePage.Change(ChangePage.Kind.DELETE, (String) r[1], at, null));
            } else {
                Agreement e = byId.get(((Number) r[3]).longValue());
                items.add(new ChangePage.Change(ChangePage.Kind.UPSERT, (String) r[1], at,
                        e == null ? null : Views.agreement(e, lang)));
            }
        }
        String next = null;
        if (more) {
            ChangePage.Change last = items.get(items.size() - 1);
            next = new Cursor(SORT, last.at().toString(), last.slug(), null).encode();
        }
        return new ChangePage(items, next);
    }
}
