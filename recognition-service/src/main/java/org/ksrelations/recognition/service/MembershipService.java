package org.ksrelations.recognition.service;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;
import org.ksrelations.kit.data.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.MembershipKind;
import org.ksrelations.recognition.domain.MembershipStatus;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads of Kosovo's memberships (read-only through the API: they come from the curated seed). */
@ApplicationScoped
public class MembershipService {

    public static final String RESOURCE = "membership";

    @Inject
    EntityManager em;

    @Transactional
    public Slice<Membership> list(List<MembershipKind> kinds, List<MembershipStatus> statuses, String q,
                                  OffsetDateTime updatedSince, int limit, Cursor cursor, boolean includeTotal) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (kinds != null && !kinds.isEmpty()) {
            where.append(" AND m.kind IN (:kinds)");
            params.put("kinds", kinds.stream().map(Enum::name).toList());
        }
        if (statuses != null && !statuses.isEmpty()) {
            where.append(" AND m.status IN (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (q != null) {
            where.append(" AND (lower(m.organisation) LIKE :q ESCAPE '\\' OR lower(m.summary ->> 'en') LIKE :q ESCAPE '\\')");
            params.put("q", Sql.like(q));
        }
        if (updatedSince != null) {
            where.append(" AND m.updated_at > :updatedSince");
            params.put("updatedSince", updatedSince);
        }
        Long total = null;
        if (includeTotal) {
            Query c = em.createNativeQuery("SELECT count(*) FROM membership m" + where);
            params.forEach(c::setParameter);
            total = ((Number) c.getSingleResult()).longValue();
        }
        String keyset = cursor == null ? "" : " AND m.slug > :cSlug";
        Query page = em.createNativeQuery("SELECT m.id FROM membership m" + where + keyset + " ORDER BY m.slug LIMIT :limit");
        params.forEach(page::setParameter);
        if (cursor != null) {
            page.setParameter("cSlug", cursor.slug());
        }
        page.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Number> rows = page.getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        List<Membership> items = load(rows.stream().map(Number::longValue).toList());
        String next = more ? new Cursor("slug", null, items.get(items.size() - 1).slug).encode() : null;
        return new Slice<>(items, next, total);
    }

    public List<Membership> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Membership> byId = new HashMap<>();
        em.createQuery("SELECT m FROM Membership m WHERE m.id IN :ids", Membership.class).setParameter("ids", ids)
                .getResultList().forEach(m -> byId.put(m.id, m));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional
    public Membership get(String slug) {
        return Membership.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("membership", slug));
    }
}
