package org.ksrelations.recognition.service;

import org.ksrelations.kit.data.AboutFacts;
import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;
import org.ksrelations.kit.data.ListQuery;
import org.ksrelations.kit.data.ChangeFeed;
import org.ksrelations.kit.data.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.recognition.api.StateEdit;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.State;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Queries and writes of states. The stance always comes from the SQL rule {@code recognition_stance}. */
@ApplicationScoped
public class StateService implements AboutFacts {

    public static final String RESOURCE = "state";

    /** First dated recognition of a state, in SQL (same definition as {@link State#recognizedOn}). */
    static final String RECOGNIZED_ON = "(SELECT min(a.act_date) FROM recognition_act a WHERE a.state_id = s.id"
            + " AND a.type IN ('RECOGNITION', 'RECOGNITION_FORMALISED'))";

    @Inject
    EntityManager em;

    @Transactional
    public Slice<StateWithStance> list(StateFilter f, String sort, int limit, Cursor cursor, boolean includeTotal) {
        ListQuery where = new ListQuery()
                .in("recognition_stance(s.id, NULL)", "stances", f.stances())
                .in("s.region", "regions", f.regions())
                .and("s.un_member = :unMember", "unMember", f.unMember())
                .and("(s.search @@ (websearch_to_tsquery('simple', :q) || websearch_to_tsquery('english', :q))"
                        + " OR lower(s.name) LIKE :qLike ESCAPE '\\' OR s.code = upper(:q) OR s.iso3 = upper(:q))", "q", f.q())
                .updatedSince("s", f.updatedSince());
        if (f.q() != null) {
            where.bind("qLike", Sql.like(f.q()));
        }
        Long total = where.total(em, "state s", includeTotal);
        if (cursor != null) {
            if (sort.equals("name")) {
                if (cursor.key() == null) {
                    throw Cursor.invalid();
                }
                where.after("(s.name, s.code) > (:cName, :cCode)", "cName", cursor.key()).bindAfter("cCode", cursor.slug());
            } else {
                where.after("s.code > :cCode", "cCode", cursor.slug());
            }
        }
        String order = sort.equals("name") ? " ORDER BY s.name, s.code" : " ORDER BY s.code";
        ListQuery.Page page = where.page(em, "SELECT s.id, recognition_stance(s.id, NULL), " + RECOGNIZED_ON
                + " FROM state s" + where.where() + where.keyset() + order, limit);
        List<Object[]> rows = page.rows();
        Map<Long, State> byId = new HashMap<>();
        List<Long> ids = page.ids();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT s FROM State s WHERE s.id IN :ids", State.class).setParameter("ids", ids)
                    .getResultList().forEach(s -> byId.put(s.id, s));
        }
        List<StateWithStance> items = rows.stream().map(r -> new StateWithStance(byId.get(((Number) r[0]).longValue()),
                Stance.valueOf((String) r[1]), Sql.toDate(r[2]))).toList();
        String next = null;
        if (page.more()) {
            State last = items.get(items.size() - 1).state();
            next = new Cursor(sort, sort.equals("name") ? last.name : null, last.code).encode();
        }
        return new Slice<>(items, next, total);
    }

    /** The state with its acts; 404 when unknown. */
    @Transactional
    public State get(String code) {
        List<State> found = em.createQuery("SELECT DISTINCT s FROM State s LEFT JOIN FETCH s.acts WHERE s.code = :code",
                State.class).setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("state", code);
        }
        return found.get(0);
    }

    /** The state with its acts and its current stance; 404 when unknown. */
    @Transactional
    public StateWithStance detail(String code) {
        return withStance(get(code));
    }

    /** The current stance of one state, by the SQL rule. */
    @Transactional
    public Stance stance(long stateId) {
        return Stance.valueOf((String) em.createNativeQuery("SELECT recognition_stance(:id, NULL)")
                .setParameter("id", stateId).getSingleResult());
    }

    /** The current stance of every state by code (SQL rule, through the state_stance view). */
    @Transactional
    public Map<String, Stance> stances() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, stance FROM state_stance ORDER BY code").getResultList();
        Map<String, Stance> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], Stance.valueOf((String) r[1])));
        return out;
    }

    @Transactional
    public StateWithStance withStance(State s) {
        return new StateWithStance(s, stance(s.id), s.recognizedOn());
    }

    /** Loads states with their acts, in the order of {@code ids}. */
    public List<State> load(List<Long> ids) {
        return ListQuery.byIds(ids, em.createQuery("SELECT DISTINCT s FROM State s LEFT JOIN FETCH s.acts WHERE s.id IN :ids",
                State.class));
    }

    @Transactional
    public StateWithStance edit(String code, long expectedVersion, StateEdit in) {
        State s = get(code);
        checkVersion(s, expectedVersion);
        s.note = in.note() == null || in.note().isBlank() ? null : in.note().trim();
        s.unMember = in.unMember();
        s.region = in.region();
        s.origin = Origin.EDITOR;
        s.actsChanged();
        em.flush();
        return withStance(s);
    }

    public static void checkVersion(State s, long expected) {
        Params.checkVersion("state", s.code, expected, s.version);
    }

    @Transactional
    public OffsetDateTime lastModified() {
        return ChangeFeed.lastChange(em, "state", "recognition_act", "membership");
    }

    @Override
    @Transactional
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("states", State.count());
        counts.put("acts", RecognitionAct.count());
        counts.put("unverifiedActs", RecognitionAct.count("verified", false));
        counts.put("memberships", Membership.count());
        counts.put("recognizing", ((Number) em.createNativeQuery(
                "SELECT count(*) FROM state_stance WHERE stance = 'RECOGNIZES'").getSingleResult()).longValue());
        return counts;
    }

}
