package org.ksrelations.events.service;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.data.ListQuery;
import org.ksrelations.kit.data.Sql;
import org.ksrelations.kit.service.Slice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.events.api.ActorResource;
import org.ksrelations.events.api.ActorView;
import org.ksrelations.events.api.Views;
import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.ActorType;
import org.ksrelations.events.domain.Event;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ActorService {

    @Inject
    EntityManager em;

    @Inject
    EventService events;

    @Transactional
    public Slice<ActorView> list(ActorType type, String q, OffsetDateTime updatedSince, int limit, Cursor cursor,
                                 boolean includeTotal) {
        ListQuery where = new ListQuery()
                .and("a.type = :type", "type", type == null ? null : type.name())
                .and("lower(a.name) LIKE :q ESCAPE '\\'", "q", q == null ? null : Sql.like(q))
                .updatedSince("a", updatedSince);
        Long total = where.total(em, "actor a", includeTotal);
        where.afterSlug("a.slug", cursor);
        ListQuery.Page page = where.page(em, "SELECT a.id, (SELECT count(*) FROM event_actor ea WHERE ea.actor_id = a.id)"
                + " FROM actor a" + where.where() + where.keyset() + " ORDER BY a.slug", limit);
        List<Object[]> rows = page.rows();
        // the page's actors in one query (not one em.find per row)
        List<Long> ids = page.ids();
        Map<Long, Actor> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Actor a WHERE a.id IN :ids", Actor.class).setParameter("ids", ids)
                    .getResultList().forEach(a -> byId.put(a.id, a));
        }
        List<ActorView> items = rows.stream()
                .map(r -> Views.actor(byId.get(((Number) r[0]).longValue()), ((Number) r[1]).longValue()))
                .toList();
        String next = page.more() ? new Cursor("slug", null, items.get(items.size() - 1).slug(), null).encode() : null;
        return new Slice<>(items, next, total);
    }

    @Transactional
    public ActorResource.ActorDetail get(String slug, Lang lang) {
        Actor a = Actor.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("actor", slug));
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT e.id FROM event e JOIN event_actor ea ON ea.event_id = e.id"
                + " WHERE ea.actor_id = :a GROUP BY e.id, e.event_date, e.slug ORDER BY e.event_date, e.slug LIMIT 1000")
                .setParameter("a", a.id).getResultList();
        List<Event> list = events.load(ids.stream().map(Number::longValue).toList());
        return new ActorResource.ActorDetail(Views.actor(a, list.size()),
                list.stream().map(e -> Views.event(e, lang)).toList());
    }
}
