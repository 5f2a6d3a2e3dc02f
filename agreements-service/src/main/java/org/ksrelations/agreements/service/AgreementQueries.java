package org.ksrelations.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.agreements.domain.Provision;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.data.AboutFacts;
import org.ksrelations.kit.data.ChangeFeed;
import org.ksrelations.kit.data.ListQuery;
import org.ksrelations.kit.data.Sql;
import org.ksrelations.kit.service.Slice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reads of agreements, their provisions and milestones: keyset-paginated lists, single records, the timeline. */
@ApplicationScoped
public class AgreementQueries implements AboutFacts {

    public static final String TIMELINE_SORT = "milestones";

    @Inject
    EntityManager em;

    @Inject
    org.ksrelations.kit.data.SlugAliases aliases;

    @Transactional
    public Slice<Agreement> list(AgreementFilter f, AgreementSort sort, int limit, Cursor cursor, boolean includeTotal) {
        ListQuery where = new ListQuery()
                .in("a.date_basis", "bases", f.dateBases())
                .in("a.status", "statuses", f.statuses())
                .in("a.kind", "kinds", f.kinds())
                .in("a.stage", "stages", f.stages())
                .in("a.process", "processes", f.processes())
                .and("a.facilitator = :facilitator", "facilitator", f.facilitator())
                .and("a.parties @> ARRAY[CAST(:party AS text)]", "party", f.party())
                .and("EXISTS (SELECT 1 FROM agreement_provision p WHERE p.agreement_id = a.id"
                        + " AND lower(p.topic) LIKE :topic ESCAPE '\\')", "topic", f.topic() == null ? null : Sql.like(f.topic()))
                .between("a.main_date", f.from(), f.to())
                .updatedSince("a", f.updatedSince());
        String rankExpr = where.search("a", f.q());
        Long total = where.total(em, "agreement a", includeTotal);

        boolean desc = sort == AgreementSort.DATE_DESC;
        if (cursor != null) {
            switch (sort) {
                case DATE, DATE_DESC -> where.afterDate("a.main_date", "a.slug", desc, true, cursor);
                case TITLE -> {
                    if (cursor.key() == null) {
                        throw Cursor.invalid();
                    }
                    where.after("((a.title ->> 'en') > :cTitle OR ((a.title ->> 'en') = :cTitle AND a.slug > :cSlug))",
                            "cTitle", cursor.key()).bindAfter("cSlug", cursor.slug());
                }
                case RELEVANCE -> where.afterRank(rankExpr, "a.slug", cursor);
            }
        }
        String order = switch (sort) {
            case DATE, DATE_DESC -> ListQuery.byDate("a.main_date", "a.slug", desc, true);
            case TITLE -> " ORDER BY (a.title ->> 'en') ASC, a.slug ASC";
            case RELEVANCE -> " ORDER BY rank DESC, a.slug ASC";
        };
        ListQuery.Page page = where.page(em, "SELECT a.id, CAST(a.main_date AS text), a.slug, a.title ->> 'en',"
                + " CAST(" + rankExpr + " AS real) AS rank FROM agreement a" + where.where() + where.keyset() + order, limit);
        List<Agreement> agreements = load(page.ids());
        String next = null;
        if (page.more()) {
            Object[] last = page.last();
            String key = switch (sort) {
                case DATE, DATE_DESC -> (String) last[1];
                case TITLE -> (String) last[3];
                case RELEVANCE -> null;
            };
            next = new Cursor(sort.param, key, (String) last[2],
                    sort == AgreementSort.RELEVANCE ? (double) ((Number) last[4]).floatValue() : null).encode();
        }
        return new Slice<>(agreements, next, total);
    }

    /** Loads agreements with their provisions and milestones, in the order of {@code ids}. */
    public List<Agreement> load(List<Long> ids) {
        List<Agreement> found = ListQuery.byIds(ids,
                em.createQuery("SELECT a FROM Agreement a WHERE a.id IN :ids", Agreement.class));
        for (Agreement a : found) {
            a.provisions.size();
            a.milestones.size();
        }
        return found;
    }

    @Transactional
    public Agreement get(String slug) {
        Agreement a = Agreement.<Agreement>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> aliases.missing(AgreementWrites.RESOURCE, "agreement", "agreement", slug)); // 404, or the redirect of a former slug
        a.provisions.size();
        a.milestones.size();
        return a;
    }

    /** Dated milestones of all agreements in date order (keyset over date, agreement slug, milestone id). */
    @Transactional
    public Slice<Milestone> timeline(LocalDate from, LocalDate to, List<MilestoneType> types, String agreement,
                                     OffsetDateTime updatedSince, int limit, Cursor cursor, boolean includeTotal) {
        ListQuery where = new ListQuery("m.milestone_date IS NOT NULL")
                .between("m.milestone_date", from, to)
                .in("m.type", "types", types)
                .and("m.agreement_slug = :agreement", "agreement", agreement)
                .updatedSince("a", updatedSince);
        String join = updatedSince == null ? "" : " JOIN agreement a ON a.id = m.agreement_id";
        Long total = where.total(em, "agreement_milestone m" + join, includeTotal);
        if (cursor != null) {
            int slash = cursor.slug().indexOf('/');
            if (cursor.key() == null || slash < 0) {
                throw Cursor.invalid();
            }
            where.after("(m.milestone_date, m.agreement_slug, m.public_id) > (:cDate, :cSlug, :cId)", "cDate", cursor.keyDate())
                    .bindAfter("cSlug", cursor.slug().substring(0, slash))
                    .bindAfter("cId", cursor.slug().substring(slash + 1));
        }
        ListQuery.Page page = where.page(em, "SELECT m.id, CAST(m.milestone_date AS text), m.agreement_slug, m.public_id"
                + " FROM agreement_milestone m" + join + where.where() + where.keyset()
                + " ORDER BY m.milestone_date, m.agreement_slug, m.public_id", limit);
        List<Long> ids = page.ids();
        List<Milestone> items = ListQuery.byIds(ids,
                em.createQuery("SELECT m FROM Milestone m JOIN FETCH m.agreement WHERE m.id IN :ids", Milestone.class));
        String next = null;
        if (page.more()) {
            Object[] last = page.last();
            next = new Cursor(TIMELINE_SORT, (String) last[1], last[2] + "/" + last[3]).encode();
        }
        return new Slice<>(items, next, total);
    }

    @Transactional
    public OffsetDateTime lastModified() {
        return ChangeFeed.lastChange(em, "agreement");
    }

    /** Record counts for the about resource. */
    @Transactional
    public Map<String, Long> counts() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT (SELECT count(*) FROM agreement),"
                + " (SELECT count(*) FROM agreement_provision), (SELECT count(*) FROM agreement_milestone)").getSingleResult();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("agreements", ((Number) r[0]).longValue());
        counts.put("provisions", ((Number) r[1]).longValue());
        counts.put("milestones", ((Number) r[2]).longValue());
        return counts;
    }

    /** The provision with this number, or null. */
    public static Provision findProvision(Agreement a, String number) {
        return a.provisions.stream().filter(p -> p.number.equals(number)).findFirst().orElse(null);
    }
}
