package org.ksrelations.recognition.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.ksrelations.recognition.api.ChangePage;
import org.ksrelations.recognition.api.Cursor;
import org.ksrelations.recognition.api.Lang;
import org.ksrelations.recognition.api.Views;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes feed: upserts of states, acts and memberships and the tombstones of deleted acts, in the order they
 * happened, keyset-paginated by (time, resource, id). A change of an act also changes its state.
 */
@ApplicationScoped
public class ChangeService {

    private static final String SORT = "changes";

    @Inject
    EntityManager em;

    @Inject
    StateService states;

    @Inject
    RecognitionService acts;

    @Inject
    MembershipService memberships;

    @Transactional
    public ChangePage changes(OffsetDateTime since, int limit, String rawCursor, Lang lang) {
        Cursor cursor = Cursor.decode(rawCursor, SORT);
        OffsetDateTime after = since;
        String afterResource = "";
        String afterId = "";
        if (cursor != null) {
            int bar = cursor.slug().indexOf('|');
            try {
                after = OffsetDateTime.parse(cursor.key());
            } catch (RuntimeException e) {
                throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
            }
            if (bar < 0) {
                throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
            }
            afterResource = cursor.slug().substring(0, bar);
            afterId = cursor.slug().substring(bar + 1);
        }
        String sql = "SELECT kind, resource, pid, at, id FROM ("
                + " SELECT 'UPSERT' AS kind, 'STATE' AS resource, code AS pid, updated_at AS at, id FROM state"
                + " UNION ALL SELECT 'UPSERT', 'ACT', act_id, updated_at, id FROM recognition_act"
                + " UNION ALL SELECT 'UPSERT', 'MEMBERSHIP', slug, updated_at, id FROM membership"
                + " UNION ALL SELECT 'DELETE', upper(resource), slug, deleted_at, NULL FROM tombstone) c"
                + (after == null ? "" : " WHERE (at, resource, pid) > (:after, :afterResource, :afterId)")
                + " ORDER BY at, resource, pid, kind LIMIT :limit";
        Query q = em.createNativeQuery(sql);
        if (after != null) {
            q.setParameter("after", after);
            q.setParameter("afterResource", afterResource);
            q.setParameter("afterId", afterId);
        }
        q.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        Map<Long, State> stateById = new HashMap<>();
        Map<Long, RecognitionAct> actById = new HashMap<>();
        Map<Long, Membership> membershipById = new HashMap<>();
        states.load(ids(rows, "STATE")).forEach(s -> stateById.put(s.id, s));
        acts.load(ids(rows, "ACT")).forEach(a -> actById.put(a.id, a));
        memberships.load(ids(rows, "MEMBERSHIP")).forEach(m -> membershipById.put(m.id, m));
        List<ChangePage.Change> items = new ArrayList<>();
        for (Object[] r : rows) {
            ChangePage.Resource resource = ChangePage.Resource.valueOf((String) r[1]);
            String pid = (String) r[2];
            OffsetDateTime at = Sql.toOffset(r[3]);
            if ("DELETE".equals(r[0])) {
                items.add(new ChangePage.Change(ChangePage.Kind.DELETE, resource, pid, at, null, null, null));
                continue;
            }
            long id = ((Number) r[4]).longValue();
            switch (resource) {
                case STATE -> {
                    State s = stateById.get(id);
                    items.add(new ChangePage.Change(ChangePage.Kind.UPSERT, resource, pid, at,
                            s == null ? null : states.view(s), null, null));
                }
                case ACT -> {
                    RecognitionAct a = actById.get(id);
                    items.add(new ChangePage.Change(ChangePage.Kind.UPSERT, resource, pid, at, null,
                            a == null ? null : Views.act(a, a.state), null));
                }
                case MEMBERSHIP -> {
                    Membership m = membershipById.get(id);
                    items.add(new ChangePage.Change(ChangePage.Kind.UPSERT, resource, pid, at, null, null,
                            m == null ? null : Views.membership(m, lang)));
                }
            }
        }
        String next = null;
        if (more) {
            ChangePage.Change last = items.get(items.size() - 1);
            next = new Cursor(SORT, last.at().toString(), last.resource().name() + "|" + last.id(), null).encode();
        }
        return new ChangePage(items, next);
    }

    private static List<Long> ids(List<Object[]> rows, String resource) {
        return rows.stream().filter(r -> r[4] != null && resource.equals(r[1])).map(r -> ((Number) r[4]).longValue()).toList();
    }
}
