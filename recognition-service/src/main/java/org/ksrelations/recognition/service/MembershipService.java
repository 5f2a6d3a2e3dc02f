package org.ksrelations.recognition.service;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;
import org.ksrelations.kit.data.ListQuery;
import org.ksrelations.kit.data.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.MembershipKind;
import org.ksrelations.recognition.domain.MembershipStatus;

import java.time.OffsetDateTime;
import java.util.List;

/** Reads of Kosovo's memberships (read-only through the API: they come from the curated seed). */
@ApplicationScoped
public class MembershipService {

    public static final String RESOURCE = "membership";

    @Inject
    EntityManager em;

    @Transactional
    public Slice<Membership> list(List<MembershipKind> kinds, List<MembershipStatus> statuses, String q,
                                  OffsetDateTime updatedSince, int limit, Cursor cursor, boolean includeTotal) {
        ListQuery where = new ListQuery()
                .in("m.kind", "kinds", kinds)
                .in("m.status", "statuses", statuses)
                .and("(lower(m.organisation) LIKE :q ESCAPE '\\' OR lower(m.summary ->> 'en') LIKE :q ESCAPE '\\')", "q",
                        q == null ? null : Sql.like(q))
                .updatedSince("m", updatedSince);
        Long total = where.total(em, "membership m", includeTotal);
        where.afterSlug("m.slug", cursor);
        ListQuery.Page page = where.page(em, "SELECT m.id FROM membership m" + where.where() + where.keyset() + " ORDER BY m.slug",
                limit);
        List<Membership> items = load(page.ids());
        String next = page.more() ? new Cursor("slug", null, items.get(items.size() - 1).slug).encode() : null;
        return new Slice<>(items, next, total);
    }

    public List<Membership> load(List<Long> ids) {
        return ListQuery.byIds(ids, em.createQuery("SELECT m FROM Membership m WHERE m.id IN :ids", Membership.class));
    }

    @Transactional
    public Membership get(String slug) {
        return Membership.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("membership", slug));
    }
}
