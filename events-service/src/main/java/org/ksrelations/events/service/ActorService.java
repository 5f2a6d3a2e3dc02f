package org.ksrelations.events.service;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            where.append(" AND a.type = :type");
            params.put("type", type.name());
        }
        if (q != null) {
            where.append(" AND lower(a.name) LIKE :q ESCAPE '\\'");
            params.put("q", "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (updatedSince != null) {
            where.append(" AND a.updated_at > :updatedSince");
            params.put("updatedSince", updatedSince);
        }
        Long total = null;
        if (includeTotal) {
            Query c = em.createNativeQuery("SELECT count(*) FROM actor a" + where);
            params.forEach(c::setParameter);
            total = ((Number) c.getSingleResult()).longValue();
        }
        String keyset = cursor == null ? "" : " AND a.slug > :cSlug";
        Query page = em.createNativeQuery("SELECT a.id, (SELECT count(*) FROM event_actor ea WHERE ea.actor_id = a.id)"
                + " FROM actor a" + where + keyset + " ORDER BY a.slug LIMIT :limit");
        params.forEach(page::setParameter);
        if (cursor != null) {
            page.setParameter("cSlug", cursor.slug());
        }
        page.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        // the page's actors in one query (not one em.find per row)
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Actor> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Actor a WHERE a.id IN :ids", Actor.class).setParameter("ids", ids)
                    .getResultList().forEach(a -> byId.put(a.id, a));
        }
        List<ActorView> items = rows.stream()
                .map(r -> Views.actor(byId.get(((Number) r[0]).longValue()), ((Number) r[1]).longValue()))
                .toList();
        String next = more ? new Cursor("slug", null, items.get(items.size() - 1).slug(), null).encode() : null;
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
