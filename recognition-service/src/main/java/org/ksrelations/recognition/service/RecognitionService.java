package org.ksrelations.recognition.service;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;
import org.ksrelations.kit.data.ListQuery;
import org.ksrelations.kit.data.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.ksrelations.recognition.api.ActInput;
import org.ksrelations.recognition.domain.Codes;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Queries over recognition acts (list, as-of, statistics) and the editor's act writes. */
@ApplicationScoped
public class RecognitionService {

    public static final String RESOURCE = "act";

    @Inject
    EntityManager em;

    @Inject
    StateService states;

    @Inject
    ActRules rules;

    // ---------------------------------------------------------------- reads

    @Transactional
    public Slice<RecognitionAct> list(ActFilter f, String sort, int limit, Cursor cursor, boolean includeTotal) {
        ListQuery where = new ListQuery()
                .between("a.act_date", f.from(), f.to())
                .in("s.region", "regions", f.regions())
                .in("a.type", "types", f.types())
                .in("a.date_basis", "bases", f.dateBases())
                .and("a.verified = :verified", "verified", f.verified())
                .and("a.state_code = :state", "state", f.state())
                .updatedSince("a", f.updatedSince());
        String from = "recognition_act a JOIN state s ON s.id = a.state_id";
        Long total = where.total(em, from, includeTotal);
        boolean desc = sort.equals("-date");
        String sortCol = desc ? "a.sort_date_desc" : "a.sort_date";
        if (cursor != null) {
            if (cursor.key() == null || cursor.seq() == null) {
                throw Cursor.invalid();
            }
            where.after("(" + sortCol + ", a.state_code, a.seq) " + (desc ? "<" : ">") + " (:cDate, :cCode, :cSeq)", "cDate",
                    cursor.keyDate()).bindAfter("cCode", cursor.slug()).bindAfter("cSeq", cursor.seq().intValue());
        }
        String dir = desc ? " DESC" : " ASC";
        ListQuery.Page page = where.page(em, "SELECT a.id, " + sortCol + ", a.state_code, a.seq FROM " + from + where.where()
                + where.keyset() + " ORDER BY " + sortCol + dir + ", a.state_code" + dir + ", a.seq" + dir, limit);
        List<RecognitionAct> items = load(page.ids());
        String next = null;
        if (page.more()) {
            Object[] last = page.last();
            next = new Cursor(sort, Sql.toDate(last[1]).toString(), (String) last[2], ((Number) last[3]).doubleValue())
                    .encode();
        }
        return new Slice<>(items, next, total);
    }

    /** Loads acts with their states, in the order of {@code ids}. */
    public List<RecognitionAct> load(List<Long> ids) {
        return ListQuery.byIds(ids, em.createQuery("SELECT a FROM RecognitionAct a JOIN FETCH a.state WHERE a.id IN :ids",
                RecognitionAct.class));
    }

    /** Every state's stance on {@code date} (SQL rule), optionally narrowed by stance and region. */
    @Transactional
    public AsOf asOf(LocalDate date, List<Stance> stances, List<Region> regions) {
        ListQuery where = new ListQuery().in("x.region", "regions", regions).in("x.stance", "stances", stances)
                .bind("d", date);
        Query q = where.bound(em.createNativeQuery("SELECT x.code, x.iso2, x.name, x.region, x.stance, x.un_member, x.undated FROM"
                + " (SELECT s.code, s.iso2, s.name, s.region, recognition_stance(s.id, :d) AS stance, s.un_member,"
                + " (SELECT count(*) FROM recognition_act a WHERE a.state_id = s.id AND a.act_date IS NULL) AS undated"
                + " FROM state s) x" + where.where() + " ORDER BY x.code"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        Map<Stance, Long> unMemberCounts = new EnumMap<>(Stance.class);
        List<AsOf.Item> items = new ArrayList<>();
        long undatedActs = 0;
        List<String> undatedStates = new ArrayList<>();
        for (Object[] r : rows) {
            Stance st = Stance.valueOf((String) r[4]);
            boolean unMember = Boolean.TRUE.equals(r[5]);
            counts.merge(st, 1L, Long::sum);
            if (unMember) {
                unMemberCounts.merge(st, 1L, Long::sum);
            }
            long undated = ((Number) r[6]).longValue();
            if (undated > 0) {
                undatedActs += undated;
                undatedStates.add((String) r[0]);
            }
            items.add(new AsOf.Item((String) r[0], r[1] == null ? null : r[1].toString(), (String) r[2],
                    Region.valueOf((String) r[3]), unMember, st));
        }
        return new AsOf(date, counts, unMemberCounts, undatedActs, undatedStates, items);
    }

    @Transactional
    public RecognitionStats stats(String groupBy) {
        RecognitionStats.Totals totals = totals();
        if (groupBy.equals("region")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT s.region, st.stance, count(*) FROM state_stance st"
                    + " JOIN state s ON s.id = st.state_id GROUP BY s.region, st.stance").getResultList();
            Map<Region, Map<Stance, Long>> byRegion = new EnumMap<>(Region.class);
            for (Region r : Region.values()) {
                byRegion.put(r, new EnumMap<>(Stance.class));
            }
            for (Object[] r : rows) {
                byRegion.get(Region.valueOf((String) r[0])).put(Stance.valueOf((String) r[1]), ((Number) r[2]).longValue());
            }
            List<RecognitionStats.RegionCounts> regions = byRegion.entrySet().stream()
                    .map(e -> new RecognitionStats.RegionCounts(e.getKey(), e.getValue())).toList();
            return new RecognitionStats("region", null, regions, totals);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH bounds AS (SELECT min(extract(year FROM act_date))::int AS lo,"
                + " max(extract(year FROM act_date))::int AS hi FROM recognition_act WHERE act_date IS NOT NULL)"
                + " SELECT y,"
                + " (SELECT count(*) FROM recognition_act a WHERE a.type = 'RECOGNITION'"
                + "   AND a.act_date BETWEEN make_date(y, 1, 1) AND make_date(y, 12, 31)),"
                + " (SELECT count(*) FROM recognition_act a WHERE a.type = 'WITHDRAWAL_CLAIMED'"
                + "   AND a.act_date BETWEEN make_date(y, 1, 1) AND make_date(y, 12, 31)),"
                + " (SELECT count(*) FROM state s WHERE recognition_stance(s.id, make_date(y, 12, 31)) = 'RECOGNIZES')"
                + " FROM bounds, generate_series(bounds.lo, bounds.hi) AS y ORDER BY y").getResultList();
        List<RecognitionStats.Year> years = rows.stream().map(r -> new RecognitionStats.Year(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        return new RecognitionStats("year", years, null, totals);
    }

    RecognitionStats.Totals totals() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT (SELECT count(*) FROM state),"
                + " count(*) FILTER (WHERE type = 'RECOGNITION' AND act_date IS NOT NULL),"
                + " count(*) FILTER (WHERE type = 'WITHDRAWAL_CLAIMED' AND act_date IS NOT NULL),"
                + " count(*) FILTER (WHERE act_date IS NULL) FROM recognition_act").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT stance, count(*) FROM state_stance GROUP BY stance").getResultList();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        rows.forEach(x -> counts.put(Stance.valueOf((String) x[0]), ((Number) x[1]).longValue()));
        return new RecognitionStats.Totals(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), counts);
    }

    // ---------------------------------------------------------------- writes

    /** Records a new act of the state; the state's version increases. */
    @Transactional
    public Written create(String code, long expectedVersion, ActInput in) {
        State s = states.get(code);
        StateService.checkVersion(s, expectedVersion);
        rules.check(s, in);
        String actId = RecognitionAct.idFor(s.code, in.type(), in.date());
        if (RecognitionAct.findByActId(actId).isPresent()) {
            throw ProblemException.conflict("act '" + actId + "' exists already (same state, type and date)");
        }
        RecognitionAct a = new RecognitionAct();
        a.actId = actId;
        a.state = s;
        a.stateCode = s.code;
        a.seq = s.acts.stream().mapToInt(x -> x.seq).max().orElse(-1) + 1;
        a.set(in.type(), in.date(), in.datePrecision(), in.dateBasis(), in.dateNote(), in.verified(),
                in.note() == null || in.note().isBlank() ? null : in.note().trim(), Citation.of(in.sources()));
        a.origin = Origin.EDITOR;
        a.persist();
        s.acts.add(a);
        s.actsChanged();
        em.flush();
        return new Written(a, s.version);
    }

    /** Deletes an act (leaving a tombstone); the state's version increases. */
    @Transactional
    public long delete(String code, String actId, long expectedVersion) {
        State s = states.get(code);
        RecognitionAct a = s.acts.stream().filter(x -> x.actId.equals(actId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("act", actId + "' of state '" + s.code));
        StateService.checkVersion(s, expectedVersion);
        List<RecognitionAct> rest = new ArrayList<>(s.acts);
        rest.remove(a);
        rules.checkRemaining(s, rest);
        s.acts.remove(a);
        Tombstone.delete(RESOURCE, actId, a);
        s.actsChanged();
        em.flush();
        return s.version;
    }

    /** A written act and the state's new version (the next If-Match). */
    public record Written(RecognitionAct act, long stateVersion) {
    }

    /** The canonical state code of a path segment; 404 when it cannot be one. */
    public static String pathCode(String raw) {
        String code = Codes.normalise(raw);
        if (code == null) {
            throw ProblemException.notFound("state", raw == null ? "" : raw.length() > 20 ? raw.substring(0, 20) : raw);
        }
        return code;
    }

}
