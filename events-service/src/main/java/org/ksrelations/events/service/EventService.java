package org.ksrelations.events.service;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.data.AboutFacts;
import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import org.ksrelations.kit.api.Params;

import org.ksrelations.kit.data.JsonItems;
import org.ksrelations.kit.data.ListQuery;
import org.ksrelations.kit.data.ChangeFeed;

import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.ksrelations.events.api.EventInput;
import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.Category;
import org.ksrelations.events.domain.Event;
import org.ksrelations.events.domain.EventActor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Queries and writes of events; the only place that touches the event tables. */
@ApplicationScoped
public class EventService implements AboutFacts {

    public static final String RESOURCE = "event";

    /** How many of the most recent matches a relevance-sorted search ranks (see {@link #list}). */
    public static final int RELEVANCE_POOL = 1000;

    @Inject
    EntityManager em;

    @Inject
    org.ksrelations.kit.data.SlugAliases aliases;

    // ---------------------------------------------------------------- reads

    @Transactional
    public Slice<Event> list(EventFilter f, EventSort sort, int limit, Cursor cursor, boolean includeTotal) {
        readOnly();
        PageQuery q = pageQuery(f, sort, cursor, includeTotal);
        ListQuery.Page page = q.where().page(em, q.sql(), limit);
        return new Slice<>(load(page.ids()), next(page, sort), q.total());
    }

    /**
     * The page {@link #list} finds, each event written as JSON by PostgreSQL in the same statement as the page's keys:
     * the fields of {@code projection} (all when empty) in language {@code lang} (a two-letter code), the same text
     * {@code Views.event} and Jackson write (EventListJsonTest compares them byte for byte). One statement and no
     * entity for the page, where {@link #list} takes three and maps every JSON column twice.
     */
    @Transactional
    public Slice<String> listJson(EventFilter f, EventSort sort, int limit, Cursor cursor, boolean includeTotal,
                                  String lang, Set<String> projection) {
        readOnly();
        PageQuery q = pageQuery(f, sort, cursor, includeTotal);
        ListQuery.Page page = q.where().page(em, q.sql(), limit,
                json(lang).select(projection, "FROM event x WHERE x.id = e.id"), q.order());
        return new Slice<>(page.added(String.class), next(page, sort), q.total());
    }

    /** An event as its view ({@code EventView}) has it, field by field, in {@code lang}. */
    static JsonItems json(String lang) {
        return new JsonItems()
                .field("slug", "x.slug")
                .field("date", "x.event_date")
                .field("datePrecision", "x.date_precision")
                .field("dateBasis", "x.date_basis")
                .field("dateNote", "x.date_note")
                .field("title", JsonItems.pick("x.title", lang))
                .field("summary", JsonItems.pick("x.summary", lang))
                .field("lang", JsonItems.served("x.title", lang))
                .field("category", "x.category")
                .field("actors", JsonItems.rows("SELECT a.slug, a.name, a.type, ea.role FROM event_actor ea"
                        + " JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = x.id ORDER BY ea.position"))
                .field("places", "array_to_json(x.places)")
                .field("tags", "array_to_json(x.tags)")
                .field("relatedAgreements", "array_to_json(x.related_agreements)")
                .field("sources", JsonItems.citations("x.sources"))
                .field("updatedAt", JsonItems.instant("x.updated_at"));
    }

    /** A list's page query: its filters and keyset, the statement of the page's keys, its order, its total. */
    private record PageQuery(ListQuery where, String sql, String order, Long total) {
    }

    private PageQuery pageQuery(EventFilter f, EventSort sort, Cursor cursor, boolean includeTotal) {
        ListQuery where = new ListQuery()
                .between("e.event_date", f.from(), f.to())
                .in("e.date_basis", "bases", f.dateBases())
                .in("e.category", "cats", f.categories())
                .and("EXISTS (SELECT 1 FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
                        + " WHERE ea.event_id = e.id AND a.slug = :actor)", "actor", f.actor())
                .and("e.place_keys @> ARRAY[CAST(:place AS text)]", "place",
                        f.place() == null ? null : f.place().toLowerCase(Locale.ROOT))
                .and("e.tags @> ARRAY[CAST(:tag AS text)]", "tag", f.tag())
                .and("e.related_agreements @> ARRAY[CAST(:agreement AS text)]", "agreement", f.agreement())
                .updatedSince("e", f.updatedSince());
        String rankExpr = where.search("e", f.q());
        Long total = where.total(em, "event e", includeTotal);

        boolean desc = sort == EventSort.DATE_DESC;
        if (cursor != null) {
            switch (sort) {
                case DATE, DATE_DESC -> where.afterDate("e.event_date", "e.slug", desc, false, cursor);
                case RELEVANCE -> where.afterRank(rankExpr, "e.slug", cursor);
            }
        }
        String order = switch (sort) {
            case DATE, DATE_DESC -> ListQuery.byDate("e.event_date", "e.slug", desc, false);
            case RELEVANCE -> " ORDER BY rank DESC, e.slug ASC";
        };
        String sql;
        if (sort == EventSort.RELEVANCE) {
            // Relevance ranks the RELEVANCE_POOL most recent matches, not every match: ranking reads the text of each
            // candidate row, which over a million events and a common word is ~100,000 rows and seconds per query
            // (bench/README.md). The pool is found through the date index (or the full-text index for rare words),
            // so a search costs about the same at any volume; sort=date or -date pages through all the matches.
            sql = "SELECT e.id, e.event_date, e.slug, CAST(" + rankExpr + " AS real) AS rank FROM (SELECT e.id,"
                    + " e.event_date, e.slug, e.search FROM event e" + where.where()
                    + " ORDER BY e.event_date DESC, e.slug DESC LIMIT " + RELEVANCE_POOL + ") e WHERE 1=1"
                    + where.keyset() + order;
        } else {
            sql = "SELECT e.id, e.event_date, e.slug, CAST(" + rankExpr + " AS real) AS rank"
                    + " FROM event e" + where.where() + where.keyset() + order;
        }
        return new PageQuery(where, sql, order, total);
    }

    /** The cursor of the page after {@code page}, made from its last row; null on the last page. */
    private static String next(ListQuery.Page page, EventSort sort) {
        if (!page.more()) {
            return null;
        }
        Object[] last = page.last();
        return new Cursor(sort.param, last[1].toString(), (String) last[2],
                sort == EventSort.RELEVANCE ? (double) ((Number) last[3]).floatValue() : null).encode();
    }

    /** Loads events with their actors, in the order of {@code ids}. */
    public List<Event> load(List<Long> ids) {
        // two round trips: the events, then the actors of all of them (Event.actors is fetched by subselect)
        List<Event> found = ListQuery.byIds(ids, em.createQuery("SELECT e FROM Event e WHERE e.id IN :ids", Event.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true));
        if (!found.isEmpty()) {
            Hibernate.initialize(found.get(0).actors);
        }
        return found;
    }

    /**
     * One event for a read (GET): loaded read-only in a transaction that never flushes, so Hibernate keeps no
     * snapshot and does no dirty checking. Writes use {@link #get(String)}.
     */
    @Transactional
    public Event read(String slug) {
        readOnly();
        return get(slug);
    }

    /**
     * Marks the current transaction's session as a pure read: entities loaded read-only (no snapshot for dirty
     * checking) and no flush at commit. Only for methods that never write.
     */
    void readOnly() {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    @Transactional
    public Event get(String slug) {
        List<Event> found = em.createQuery("SELECT e FROM Event e WHERE e.slug = :slug", Event.class)
                .setParameter("slug", slug).getResultList();
        if (found.isEmpty()) {
            throw aliases.missing(RESOURCE, "event", "event", slug); // 404, or the redirect of a former slug
        }
        Hibernate.initialize(found.get(0).actors);
        return found.get(0);
    }

    /** Event counts per category (every category, zero included). */
    @Transactional
    public Map<Category, Long> categoryCounts() {
        Map<Category, Long> counts = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            counts.put(c, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT category, count(*) FROM event GROUP BY category").getResultList();
        for (Object[] r : rows) {
            counts.put(Category.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Transactional
    public OffsetDateTime lastModified() {
        return ChangeFeed.lastChange(em, "event", "actor");
    }

    @Override
    public Map<String, Long> counts() {
        return Map.of("events", Event.count(), "actors", Actor.count());
    }


    // ---------------------------------------------------------------- writes

    @Transactional
    public Event create(EventInput in) {
        checkRules(in);
        return aliases.create(RESOURCE, "event", "event", in.slug(), new Event(), e -> apply(e, in));
    }

    @Transactional
    public Event replace(String slug, long expectedVersion, EventInput in) {
        checkRules(in);
        if (!slug.equals(in.slug())) {
            throw ProblemException.invalid("slug", "cannot be changed (path has '" + slug + "')");
        }
        Event e = get(slug);
        checkVersion(e, expectedVersion);
        apply(e, in);
        e.origin = Origin.EDITOR;
        em.flush();
        return e;
    }

    @Transactional
    public void delete(String slug, long expectedVersion) {
        Tombstone.delete(RESOURCE, slug, get(slug), expectedVersion);
    }

    void checkVersion(Event e, long expected) {
        Params.checkVersion("event", e.slug, expected, e.version);
    }

    /** Rules beyond the field constraints. */
    void checkRules(EventInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.title() == null || !in.title().containsKey("en")) {
            errors.add(new Problem.FieldError("title", "must contain an English ('en') text"));
        }
        if (in.summary() == null || !in.summary().containsKey("en")) {
            errors.add(new Problem.FieldError("summary", "must contain an English ('en') text"));
        }
        if (in.date() != null && in.date().isAfter(LocalDate.now().plusDays(1))) {
            errors.add(new Problem.FieldError("date", "must not be in the future"));
        }
        if (in.dateBasis() == org.ksrelations.kit.dates.DateBasis.INFERRED
                && (in.dateNote() == null || in.dateNote().isBlank())) {
            errors.add(new Problem.FieldError("dateNote", "is required when dateBasis is INFERRED"));
        }
        if (in.date() != null && in.date().getYear() < 1000) {
            errors.add(new Problem.FieldError("date", "must be after the year 1000"));
        }
        if (in.date() != null && in.datePrecision() != null) {
            switch (in.datePrecision()) {
                case MONTH -> {
                    if (in.date().getDayOfMonth() != 1) {
                        errors.add(new Problem.FieldError("date", "with MONTH precision must be the first of the month"));
                    }
                }
                case YEAR -> {
                    if (in.date().getDayOfYear() != 1) {
                        errors.add(new Problem.FieldError("date", "with YEAR precision must be 1 January"));
                    }
                }
                default -> {
                }
            }
        }
        if (in.actors() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < in.actors().size(); i++) {
                EventInput.ActorInput a = in.actors().get(i);
                if (a == null || a.slug() == null || a.role() == null) {
                    continue;
                }
                if (!seen.add(a.slug() + "/" + a.role())) {
                    errors.add(new Problem.FieldError("actors[" + i + "]", "is listed twice with the same role"));
                }
                if (Actor.findBySlug(a.slug()).isEmpty() && (a.name() == null || a.type() == null)) {
                    errors.add(new Problem.FieldError("actors[" + i + "]",
                            "unknown actor '" + a.slug() + "': give its name and type to create it"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Copies an input onto an entity (actors created when new). */
    public void apply(Event e, EventInput in) {
        e.date = in.date();
        e.datePrecision = in.datePrecision();
        e.dateBasis = in.dateBasis() == null ? org.ksrelations.kit.dates.DateBasis.STATED : in.dateBasis();
        e.dateNote = in.dateNote();
        e.title = new TreeMap<>(in.title());
        e.summary = new TreeMap<>(in.summary());
        e.category = in.category();
        e.places = in.places() == null ? new ArrayList<>() : new ArrayList<>(in.places());
        e.tags = in.tags() == null ? new ArrayList<>() : in.tags().stream().distinct().toList();
        e.relatedAgreements = in.relatedAgreements() == null ? new ArrayList<>()
                : in.relatedAgreements().stream().distinct().toList();
        e.sources = Citation.of(in.sources());
        e.actors.clear();
        em.flush();
        List<EventInput.ActorInput> actors = in.actors() == null ? List.of() : in.actors();
        int pos = 0;
        for (EventInput.ActorInput a : actors) {
            Actor actor = Actor.findBySlug(a.slug()).orElseGet(() -> {
                Actor created = new Actor();
                created.slug = a.slug();
                created.name = a.name();
                created.type = a.type();
                created.persist();
                return created;
            });
            EventActor ea = new EventActor();
            ea.event = e;
            ea.actor = actor;
            ea.role = a.role();
            ea.position = pos++;
            e.actors.add(ea);
        }
    }

    /** The input that would recreate this event (the base of a merge patch). */
    public EventInput toInput(Event e) {
        return new EventInput(e.slug, e.date, e.datePrecision, e.dateBasis, e.dateNote, e.title, e.summary, e.category,
                e.actors.stream().map(ea -> new EventInput.ActorInput(ea.actor.slug, ea.actor.name, ea.actor.type,
                        ea.role)).toList(),
                e.places, e.tags, e.relatedAgreements,
                Citation.views(e.sources));
    }

    static Comparator<Event> byDate() {
        return Comparator.comparing((Event e) -> e.date).thenComparing(e -> e.slug);
    }
}
