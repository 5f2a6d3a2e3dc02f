package org.ksrelations.agreements.service;

import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.data.Sql;
import org.ksrelations.kit.api.SourceView;
import org.ksrelations.kit.service.Slice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.ksrelations.agreements.api.AgreementInput;
import org.ksrelations.agreements.api.MilestoneInput;
import org.ksrelations.agreements.api.ProvisionView;
import org.ksrelations.agreements.api.SignatoryView;
import org.ksrelations.agreements.api.Views;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.agreements.domain.Origin;
import org.ksrelations.agreements.domain.Provision;
import org.ksrelations.agreements.domain.Signatory;
import org.ksrelations.agreements.domain.Source;
import org.ksrelations.agreements.domain.Tombstone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Queries and writes of agreements, their provisions and milestones; the only place that touches those tables. */
@ApplicationScoped
public class AgreementService {

    public static final String RESOURCE = "agreement";
    public static final String TIMELINE_SORT = "milestones";

    /** Path segments under /api/v1/agreements that are not agreements. */
    public static final Set<String> RESERVED_SLUGS = Set.of("milestones", "changes");

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- reads

    @Transactional
    public Slice<Agreement> list(AgreementFilter f, AgreementSort sort, int limit, Cursor cursor, boolean includeTotal) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        boolean hasQuery = f.q() != null && !f.q().isBlank();
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            where.append(" AND a.status IN (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (f.kinds() != null && !f.kinds().isEmpty()) {
            where.append(" AND a.kind IN (:kinds)");
            params.put("kinds", f.kinds().stream().map(Enum::name).toList());
        }
        if (f.stages() != null && !f.stages().isEmpty()) {
            where.append(" AND a.stage IN (:stages)");
            params.put("stages", f.stages().stream().map(Enum::name).toList());
        }
        if (f.processes() != null && !f.processes().isEmpty()) {
            where.append(" AND a.process IN (:processes)");
            params.put("processes", f.processes().stream().map(Enum::name).toList());
        }
        if (f.facilitator() != null) {
            where.append(" AND a.facilitator = :facilitator");
            params.put("facilitator", f.facilitator());
        }
        if (f.party() != null) {
            where.append(" AND a.parties @> ARRAY[CAST(:party AS text)]");
            params.put("party", f.party());
        }
        if (f.topic() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM agreement_provision p WHERE p.agreement_id = a.id"
                    + " AND lower(p.topic) LIKE :topic ESCAPE '\\')");
            params.put("topic", Sql.like(f.topic()));
        }
        if (f.from() != null) {
            where.append(" AND a.main_date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND a.main_date <= :to");
            params.put("to", f.to());
        }
        if (f.updatedSince() != null) {
            where.append(" AND a.updated_at > :updatedSince");
            params.put("updatedSince", f.updatedSince());
        }
        String rankExpr = "0";
        if (hasQuery) {
            where.append(" AND a.search @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))");
            params.put("q", f.q());
            rankExpr = "ts_rank(a.search, websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))";
        }

        Long total = null;
        if (includeTotal) {
            Query count = em.createNativeQuery("SELECT count(*) FROM agreement a" + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }

        StringBuilder keyset = new StringBuilder();
        Map<String, Object> pageParams = new HashMap<>(params);
        if (cursor != null) {
            pageParams.put("cSlug", cursor.slug());
            switch (sort) {
                case DATE, DATE_DESC -> {
                    String cmp = sort == AgreementSort.DATE ? ">" : "<";
                    if (cursor.key() == null) {
                        keyset.append(" AND a.main_date IS NULL AND a.slug ").append(cmp).append(" :cSlug");
                    } else {
                        keyset.append(" AND (a.main_date ").append(cmp).append(" :cDate OR (a.main_date = :cDate AND a.slug ")
                                .append(cmp).append(" :cSlug) OR a.main_date IS NULL)");
                        pageParams.put("cDate", cursorDate(cursor.key()));
                    }
                }
                case TITLE -> {
                    if (cursor.key() == null) {
                        throw Cursor.invalid();
                    }
                    keyset.append(" AND ((a.title ->> 'en') > :cTitle OR ((a.title ->> 'en') = :cTitle AND a.slug > :cSlug))");
                    pageParams.put("cTitle", cursor.key());
                }
                case RELEVANCE -> {
                    if (cursor.rank() == null) {
                        throw Cursor.invalid();
                    }
                    keyset.append(" AND (").append(rankExpr).append(" < CAST(:cRank AS real) OR (")
                            .append(rankExpr).append(" = CAST(:cRank AS real) AND a.slug > :cSlug))");
                    pageParams.put("cRank", cursor.rank());
                }
            }
        }
        String order = switch (sort) {
            case DATE -> " ORDER BY a.main_date ASC NULLS LAST, a.slug ASC";
            case DATE_DESC -> " ORDER BY a.main_date DESC NULLS LAST, a.slug DESC";
            case TITLE -> " ORDER BY (a.title ->> 'en') ASC, a.slug ASC";
            case RELEVANCE -> " ORDER BY rank DESC, a.slug ASC";
        };
        Query page = em.createNativeQuery("SELECT a.id, CAST(a.main_date AS text), a.slug, a.title ->> 'en',"
                + " CAST(" + rankExpr + " AS real) AS rank FROM agreement a" + where + keyset + order + " LIMIT :limit");
        pageParams.forEach(page::setParameter);
        page.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        List<Agreement> agreements = load(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        String next = null;
        if (more) {
            Object[] last = rows.get(rows.size() - 1);
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
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Agreement> found = em.createQuery("SELECT a FROM Agreement a WHERE a.id IN :ids", Agreement.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, Agreement> byId = new HashMap<>();
        for (Agreement a : found) {
            byId.put(a.id, a);
            a.provisions.size();
            a.milestones.size();
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Transactional
    public Agreement get(String slug) {
        Agreement a = Agreement.<Agreement>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("agreement", slug));
        a.provisions.size();
        a.milestones.size();
        return a;
    }

    /** Dated milestones of all agreements in date order (keyset over date, agreement slug, milestone id). */
    @Transactional
    public Slice<Milestone> timeline(LocalDate from, LocalDate to, List<MilestoneType> types, String agreement,
                                     OffsetDateTime updatedSince, int limit, Cursor cursor, boolean includeTotal) {
        StringBuilder where = new StringBuilder(" WHERE m.milestone_date IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" AND m.milestone_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND m.milestone_date <= :to");
            params.put("to", to);
        }
        if (types != null && !types.isEmpty()) {
            where.append(" AND m.type IN (:types)");
            params.put("types", types.stream().map(Enum::name).toList());
        }
        if (agreement != null) {
            where.append(" AND m.agreement_slug = :agreement");
            params.put("agreement", agreement);
        }
        String join = "";
        if (updatedSince != null) {
            join = " JOIN agreement a ON a.id = m.agreement_id";
            where.append(" AND a.updated_at > :updatedSince");
            params.put("updatedSince", updatedSince);
        }
        Long total = null;
        if (includeTotal) {
            Query count = em.createNativeQuery("SELECT count(*) FROM agreement_milestone m" + join + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        Map<String, Object> pageParams = new HashMap<>(params);
        String keyset = "";
        if (cursor != null) {
            int slash = cursor.slug().indexOf('/');
            if (cursor.key() == null || slash < 0) {
                throw Cursor.invalid();
            }
            keyset = " AND (m.milestone_date, m.agreement_slug, m.public_id) > (:cDate, :cSlug, :cId)";
            pageParams.put("cDate", cursorDate(cursor.key()));
            pageParams.put("cSlug", cursor.slug().substring(0, slash));
            pageParams.put("cId", cursor.slug().substring(slash + 1));
        }
        Query page = em.createNativeQuery("SELECT m.id, CAST(m.milestone_date AS text), m.agreement_slug, m.public_id"
                + " FROM agreement_milestone m" + join + where + keyset
                + " ORDER BY m.milestone_date, m.agreement_slug, m.public_id LIMIT :limit");
        pageParams.forEach(page::setParameter);
        page.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Milestone> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT m FROM Milestone m JOIN FETCH m.agreement WHERE m.id IN :ids", Milestone.class)
                    .setParameter("ids", ids).getResultList().forEach(m -> byId.put(m.id, m));
        }
        List<Milestone> items = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        String next = null;
        if (more) {
            Object[] last = rows.get(rows.size() - 1);
            next = new Cursor(TIMELINE_SORT, (String) last[1], last[2] + "/" + last[3]).encode();
        }
        return new Slice<>(items, next, total);
    }

    @Transactional
    public OffsetDateTime lastModified() {
        Object r = em.createNativeQuery("SELECT greatest((SELECT max(updated_at) FROM agreement),"
                + " (SELECT max(deleted_at) FROM tombstone))").getSingleResult();
        return Sql.toOffset(r);
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

    private static LocalDate cursorDate(String key) {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    // ---------------------------------------------------------------- writes: agreements

    @Transactional
    public Agreement create(AgreementInput in) {
        checkRules(in);
        if (Agreement.findBySlug(in.slug()).isPresent()) {
            throw ProblemException.conflict("agreement '" + in.slug() + "' exists already");
        }
        Agreement a = new Agreement();
        a.slug = in.slug();
        apply(a, in);
        a.origin = Origin.EDITOR;
        a.persist();
        em.flush();
        return a;
    }

    @Transactional
    public Agreement replace(String slug, long expectedVersion, AgreementInput in) {
        if (in.slug() != null && !slug.equals(in.slug())) {
            throw ProblemException.invalid("slug", "cannot be changed (path has '" + slug + "')");
        }
        checkRules(in);
        Agreement a = get(slug);
        checkVersion(a, expectedVersion);
        apply(a, in);
        markEdited(a);
        em.flush();
        return a;
    }

    @Transactional
    public void delete(String slug, long expectedVersion) {
        Agreement a = get(slug);
        checkVersion(a, expectedVersion);
        a.delete();
        Tombstone.of(RESOURCE, slug).persist();
        em.flush();
    }

    // ---------------------------------------------------------------- writes: provisions

    @Transactional
    public Agreement createProvision(String slug, long expectedVersion, ProvisionView in) {
        Agreement a = get(slug);
        checkVersion(a, expectedVersion);
        if (findProvision(a, in.number()) != null) {
            throw ProblemException.conflict("agreement '" + slug + "' has a provision " + in.number() + " already");
        }
        Provision p = new Provision();
        p.agreement = a;
        p.number = in.number();
        copy(p, in);
        a.provisions.add(p);
        a.provisionsText = provisionsText(a.provisions);
        markEdited(a);
        em.flush();
        return a;
    }

    @Transactional
    public Agreement replaceProvision(String slug, String number, long expectedVersion, ProvisionView in) {
        if (in.number() != null && !in.number().equals(number)) {
            throw ProblemException.invalid("number", "cannot be changed (path has '" + number + "')");
        }
        Agreement a = get(slug);
        Provision p = findProvision(a, number);
        if (p == null) {
            throw ProblemException.notFound("provision", slug + "/" + number);
        }
        checkVersion(a, expectedVersion);
        copy(p, in);
        a.provisionsText = provisionsText(a.provisions);
        markEdited(a);
        em.flush();
        return a;
    }

    @Transactional
    public Agreement deleteProvision(String slug, String number, long expectedVersion) {
        Agreement a = get(slug);
        Provision p = findProvision(a, number);
        if (p == null) {
            throw ProblemException.notFound("provision", slug + "/" + number);
        }
        checkVersion(a, expectedVersion);
        a.provisions.remove(p);
        a.provisionsText = provisionsText(a.provisions);
        markEdited(a);
        em.flush();
        return a;
    }

    public static Provision findProvision(Agreement a, String number) {
        return a.provisions.stream().filter(p -> p.number.equals(number)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- writes: milestones

    /** Adds a milestone; returns it (the agreement is reachable through it, with its new version). */
    @Transactional
    public Milestone createMilestone(String slug, long expectedVersion, MilestoneInput in) {
        Agreement a = get(slug);
        checkVersion(a, expectedVersion);
        List<Problem.FieldError> errors = new ArrayList<>(
                AgreementRules.datePair("date", in.date(), in.datePrecision(), LocalDate.now(ZoneOffset.UTC)));
        if (errors.isEmpty() && AgreementRules.precedesProposal(
                new AgreementRules.MilestoneFact(in.date(), in.datePrecision(), in.type()), a.proposedOn, a.proposedOnPrecision)) {
            errors.add(new Problem.FieldError("date", "must not precede the agreement's proposedOn (" + a.proposedOn + ")"));
        }
        checkLanguages(errors, "description", in.description());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Milestone m = newMilestone(a, in, nextNumbers(a.milestones));
        a.milestones.add(m);
        markEdited(a);
        em.flush();
        return m;
    }

    @Transactional
    public Agreement deleteMilestone(String slug, String id, long expectedVersion) {
        Agreement a = get(slug);
        Milestone m = a.milestones.stream().filter(x -> x.publicId.equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("milestone", slug + "/" + id));
        checkVersion(a, expectedVersion);
        List<MilestoneType> remaining = a.milestones.stream().filter(x -> x != m).map(x -> x.type).toList();
        List<Problem.FieldError> errors = AgreementRules.statusConsistency(a.status, remaining);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> new Problem.FieldError(e.field(),
                    e.message() + "; deleting milestone '" + id + "' would leave none (change the status first)")).toList());
        }
        a.milestones.remove(m);
        markEdited(a);
        em.flush();
        return a;
    }

    // ---------------------------------------------------------------- rules and mapping

    void checkVersion(Agreement a, long expected) {
        Params.checkVersion(RESOURCE, a.slug, expected, a.version);
    }

    /** An editor's change: the seed never overwrites it, and the version (the ETag) moves on. */
    private static void markEdited(Agreement a) {
        a.origin = Origin.EDITOR;
        a.updatedAt = OffsetDateTime.now();
    }

    /** Every rule beyond the field constraints, reported together (422). */
    public void checkRules(AgreementInput in) {
        List<Problem.FieldError> errors = ruleErrors(in);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public List<Problem.FieldError> ruleErrors(AgreementInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.slug() != null && RESERVED_SLUGS.contains(in.slug())) {
            errors.add(new Problem.FieldError("slug", "'" + in.slug() + "' is reserved"));
        }
        checkLanguages(errors, "title", in.title());
        checkLanguages(errors, "summary", in.summary());
        if (in.parties() != null && in.parties().stream().distinct().count() != in.parties().size()) {
            errors.add(new Problem.FieldError("parties", "must not list a party twice"));
        }
        if (in.signatories() != null) {
            for (int i = 0; i < in.signatories().size(); i++) {
                SignatoryView s = in.signatories().get(i);
                if (s != null && s.party() != null && in.parties() != null && !in.parties().contains(s.party())) {
                    errors.add(new Problem.FieldError("signatories[" + i + "].party", "must be one of the parties"));
                }
            }
        }
        if (in.provisions() != null) {
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < in.provisions().size(); i++) {
                ProvisionView p = in.provisions().get(i);
                if (p != null && p.number() != null && !numbers.add(p.number())) {
                    errors.add(new Problem.FieldError("provisions[" + i + "].number", "is used twice"));
                }
            }
        }
        if (in.milestones() != null) {
            for (int i = 0; i < in.milestones().size(); i++) {
                MilestoneInput m = in.milestones().get(i);
                if (m != null) {
                    checkLanguages(errors, "milestones[" + i + "].description", m.description());
                }
            }
        }
        List<AgreementRules.MilestoneFact> facts = in.milestones() == null ? List.of() : in.milestones().stream()
                .map(m -> m == null ? null : new AgreementRules.MilestoneFact(m.date(), m.datePrecision(), m.type()))
                .toList();
        errors.addAll(AgreementRules.check(in.status(), in.proposedOn(), in.proposedOnPrecision(), in.concludedOn(),
                in.concludedOnPrecision(), facts, "milestones", LocalDate.now(ZoneOffset.UTC)));
        return errors;
    }

    private static void checkLanguages(List<Problem.FieldError> errors, String field, Map<String, String> text) {
        if (text != null && !text.containsKey("en")) {
            errors.add(new Problem.FieldError(field, "must contain an English ('en') text"));
        }
    }

    /** Copies an input onto an entity; provisions are updated in place by number, milestones keep their ids. */
    public void apply(Agreement a, AgreementInput in) {
        a.title = new TreeMap<>(in.title());
        a.summary = new TreeMap<>(in.summary());
        a.kind = in.kind();
        a.status = in.status();
        a.stage = in.stage();
        a.process = in.process();
        a.facilitator = in.facilitator();
        a.parties = new ArrayList<>(in.parties());
        a.signatories = in.signatories() == null ? new ArrayList<>()
                : in.signatories().stream().map(s -> new Signatory(s.name(), s.party(), s.role())).toList();
        a.proposedOn = in.proposedOn();
        a.proposedOnPrecision = in.proposedOnPrecision();
        a.concludedOn = in.concludedOn();
        a.concludedOnPrecision = in.concludedOnPrecision();
        a.relatedEvents = in.relatedEvents() == null ? new ArrayList<>() : in.relatedEvents().stream().distinct().toList();
        a.tags = in.tags() == null ? new ArrayList<>() : in.tags().stream().distinct().toList();
        a.sources = sources(in.sources());
        applyProvisions(a, in.provisions() == null ? List.of() : in.provisions());
        applyMilestones(a, in.milestones() == null ? List.of() : in.milestones());
        a.provisionsText = provisionsText(a.provisions);
    }

    private void applyProvisions(Agreement a, List<ProvisionView> wanted) {
        Map<String, ProvisionView> byNumber = new LinkedHashMap<>();
        wanted.forEach(p -> byNumber.put(p.number(), p));
        a.provisions.removeIf(p -> !byNumber.containsKey(p.number));
        for (ProvisionView in : byNumber.values()) {
            Provision p = findProvision(a, in.number());
            if (p == null) {
                p = new Provision();
                p.agreement = a;
                p.number = in.number();
                a.provisions.add(p);
            }
            copy(p, in);
        }
    }

    /**
     * Keeps every existing milestone that the input repeats unchanged (so its id stays), removes the others and adds
     * the new ones with fresh ids (never one used in this change).
     */
    private void applyMilestones(Agreement a, List<MilestoneInput> wanted) {
        Map<String, Integer> next = nextNumbers(a.milestones);
        List<Milestone> unmatched = new ArrayList<>(a.milestones);
        List<Milestone> result = new ArrayList<>();
        List<MilestoneInput> fresh = new ArrayList<>();
        for (MilestoneInput in : wanted) {
            Milestone same = null;
            for (Milestone m : unmatched) {
                if (sameContent(m, in)) {
                    same = m;
                    break;
                }
            }
            if (same != null) {
                unmatched.remove(same);
                result.add(same);
            } else {
                fresh.add(in);
            }
        }
        a.milestones.removeAll(unmatched);
        for (MilestoneInput in : fresh) {
            a.milestones.add(newMilestone(a, in, next));
        }
    }

    private static boolean sameContent(Milestone m, MilestoneInput in) {
        return Objects.equals(m.date, in.date()) && m.datePrecision == in.datePrecision() && m.type == in.type()
                && Objects.equals(m.description, in.description()) && Objects.equals(m.sources, sources(in.sources()));
    }

    /** The next free running number per id prefix ({@code <date>-<type>-}), from the ids in use. */
    private static Map<String, Integer> nextNumbers(List<Milestone> existing) {
        Map<String, Integer> next = new HashMap<>();
        for (Milestone m : existing) {
            Orders.MilestoneKey k = Orders.parseMilestoneId(m.publicId);
            if (k != null) {
                next.merge(Orders.prefix(k.date(), k.type()), k.n() + 1, Math::max);
            }
        }
        return next;
    }

    private static Milestone newMilestone(Agreement a, MilestoneInput in, Map<String, Integer> next) {
        Milestone m = new Milestone();
        m.agreement = a;
        m.agreementSlug = a.slug;
        String prefix = Orders.prefix(in.date(), in.type());
        int n = next.getOrDefault(prefix, 1);
        next.put(prefix, n + 1);
        m.publicId = prefix + n;
        m.date = in.date();
        m.datePrecision = in.datePrecision();
        m.type = in.type();
        m.description = new TreeMap<>(in.description());
        m.sources = sources(in.sources());
        return m;
    }

    private static void copy(Provision p, ProvisionView in) {
        p.topic = in.topic();
        p.text = in.text();
        p.implementationStatus = in.implementationStatus();
        p.quote = in.quote();
    }

    static String provisionsText(List<Provision> provisions) {
        return provisions.stream().sorted(Comparator.comparing((Provision p) -> p.number, Orders.PROVISION_NUMBER))
                .map(p -> p.topic + ". " + p.text).collect(Collectors.joining("\n"));
    }

    static List<Source> sources(List<SourceView> in) {
        return in == null ? new ArrayList<>() : in.stream().map(s -> new Source(s.title(), s.publisher(), s.url(),
                iso(s.publishedOn()), iso(s.accessedOn()), s.quote())).toList();
    }

    /** The input that would recreate this agreement (the base of a merge patch). */
    public AgreementInput toInput(Agreement a) {
        return new AgreementInput(a.slug, a.title, a.summary, a.kind, a.status, a.stage, a.process, a.facilitator,
                a.parties, a.signatories.stream().map(Views::signatory).toList(),
                a.proposedOn, a.proposedOnPrecision, a.concludedOn, a.concludedOnPrecision,
                Views.provisions(a),
                a.milestones.stream().sorted(Comparator.comparing((Milestone m) -> m.publicId, Orders.MILESTONE_ID_ORDER))
                        .map(m -> new MilestoneInput(m.date, m.datePrecision, m.type, m.description,
                                Views.sources(m.sources))).toList(),
                a.relatedEvents, a.tags, Views.sources(a.sources));
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
