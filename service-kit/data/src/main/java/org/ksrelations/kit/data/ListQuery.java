package org.ksrelations.kit.data;

import java.util.Objects;
import jakarta.persistence.EntityManager;
import org.ksrelations.kit.api.Cursor;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A keyset-paginated native list query, the part every list repeats: the WHERE clause built from the filters a request
 * names (each bound to its own parameter), the total on request, the keyset predicate of the page after a cursor (with
 * its own parameters) and one page of rows read one past the limit to know whether there is a next page. The orders
 * several lists share (by slug, by date then slug, by relevance) are written here once, keyset and ORDER BY together
 * so that they cannot disagree. What stays each list's own: its tables, its filters, its other orders, and how it
 * turns the last row into a cursor.
 */
public final class ListQuery {

    private final StringBuilder where;
    private final Map<String, Object> params = new HashMap<>();
    private final StringBuilder keyset = new StringBuilder();
    private final Map<String, Object> keysetParams = new HashMap<>();

    /** No condition yet. */
    public ListQuery() {
        this("1=1");
    }

    /** Rows always meet {@code condition} (SQL over the list's tables). */
    public ListQuery(String condition) {
        where = new StringBuilder(" WHERE ").append(condition);
    }

    /** {@code AND condition}, with {@code :name} bound to {@code value}; nothing when there is no value. */
    public ListQuery and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /**
     * Rows whose date {@code column} lies from {@code from} to {@code to}, both included ({@code :from}, {@code :to});
     * a missing bound does not limit.
     */
    public ListQuery between(String column, LocalDate from, LocalDate to) {
        return and(column + " >= :from", "from", from).and(column + " <= :to", "to", to);
    }

    /** Rows of the table {@code alias} changed after {@code since} ({@code :updatedSince}); nothing without it. */
    public ListQuery updatedSince(String alias, OffsetDateTime since) {
        return and(alias + ".updated_at > :updatedSince", "updatedSince", since);
    }

    /** {@code AND column IN (:name)} with the names of {@code values}; nothing when there are none. */
    public ListQuery in(String column, String name, Collection<? extends Enum<?>> values) {
        if (values != null && !values.isEmpty()) {
            where.append(" AND ").append(column).append(" IN (:").append(name).append(')');
            params.put(name, values.stream().map(Enum::name).toList());
        }
        return this;
    }

    /**
     * Rows whose {@code alias.search} column (a tsvector) matches the search text {@code q}, in English stems or as
     * plain words; nothing without a search text. Returns the SQL of a row's rank for the text ({@code 0} without one).
     */
    public String search(String alias, String q) {
        if (q == null || q.isBlank()) {
            return "0";
        }
        and(alias + ".search @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))", "q", q);
        return "ts_rank(" + alias + ".search, websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))";
    }

    /**
     * {@code AND condition} in the keyset predicate of the page ({@link #keyset()}), with {@code :name} bound to
     * {@code value} on the page query only.
     */
    public ListQuery after(String condition, String name, Object value) {
        return after(condition).bindAfter(name, value);
    }

    /** {@code AND condition} in the keyset predicate of the page, its parameters bound by {@link #bindAfter}. */
    public ListQuery after(String condition) {
        keyset.append(" AND ").append(condition);
        return this;
    }

    /** A further parameter that the keyset predicate already added uses. */
    public ListQuery bindAfter(String name, Object value) {
        keysetParams.put(name, value);
        return this;
    }

    /**
     * The page after {@code cursor} in the order of {@code slugColumn}, ascending ({@code :cSlug}); nothing without a
     * cursor (the first page).
     */
    public ListQuery afterSlug(String slugColumn, Cursor cursor) {
        return cursor == null ? this : after(slugColumn + " > :cSlug", "cSlug", cursor.slug());
    }

    /**
     * The page after {@code cursor} in the order {@link #byDate} names: the cursor's key is the last row's date
     * ({@code :cDate}), its slug the last row's slug ({@code :cSlug}). With a {@code nullable} date column the undated
     * rows come last in both directions, and a cursor without a key is one among them.
     */
    public ListQuery afterDate(String dateColumn, String slugColumn, boolean descending, boolean nullable, Cursor cursor) {
        String cmp = descending ? "<" : ">";
        bindAfter("cSlug", cursor.slug());
        if (!nullable) {
            return after("(" + dateColumn + ", " + slugColumn + ") " + cmp + " (:cDate, :cSlug)", "cDate", cursor.keyDate());
        }
        if (cursor.key() == null) {
            return after(dateColumn + " IS NULL AND " + slugColumn + " " + cmp + " :cSlug");
        }
        return after("(" + dateColumn + " " + cmp + " :cDate OR (" + dateColumn + " = :cDate AND " + slugColumn + " "
                + cmp + " :cSlug) OR " + dateColumn + " IS NULL)", "cDate", cursor.keyDate());
    }

    /**
     * {@code " ORDER BY …"} of the date order: {@code dateColumn}, then {@code slugColumn}, both ascending or both
     * descending; the undated rows of a {@code nullable} date column last.
     */
    public static String byDate(String dateColumn, String slugColumn, boolean descending, boolean nullable) {
        String dir = descending ? " DESC" : " ASC";
        return " ORDER BY " + dateColumn + dir + (nullable ? " NULLS LAST, " : ", ") + slugColumn + dir;
    }

    /**
     * The page after {@code cursor} in the relevance order (rank {@code rankExpr} descending, then {@code slugColumn}
     * ascending): the cursor's rank ({@code :cRank}) and slug ({@code :cSlug}).
     */
    public ListQuery afterRank(String rankExpr, String slugColumn, Cursor cursor) {
        if (cursor.rank() == null) {
            throw Cursor.invalid();
        }
        bindAfter("cSlug", cursor.slug());
        return after("(" + rankExpr + " < CAST(:cRank AS real) OR (" + rankExpr + " = CAST(:cRank AS real) AND "
                + slugColumn + " > :cSlug))", "cRank", cursor.rank());
    }

    /**
     * The rows that {@code query} (JPQL with {@code IN :ids}) reads for the keys {@code ids}, in the order of the keys;
     * a key with no row is left out. Without keys the query is not run.
     */
    public static <T extends KeyedEntity> List<T> byIds(List<Long> ids, TypedQuery<T> query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = new HashMap<>();
        query.setParameter("ids", ids).getResultList().forEach(t -> byId.put(t.id, t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A further parameter that a condition already added uses. */
    public ListQuery bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** {@code " WHERE …"}, to put after the list's FROM clause. */
    public String where() {
        return where.toString();
    }

    /**
     * {@code " AND …"}, the keyset predicate of the page after the cursor (empty on the first page), to put after the
     * WHERE clause.
     */
    public String keyset() {
        return keyset.toString();
    }

    /** {@code query} with the filters' parameters bound. */
    public Query bound(Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** How many rows of {@code from} (tables and joins) meet the filters; null when the total was not asked for. */
    public Long total(EntityManager em, String from, boolean includeTotal) {
        if (!includeTotal) {
            return null;
        }
        return ((Number) bound(em.createNativeQuery("SELECT count(*) FROM " + from + where)).getSingleResult())
                .longValue();
    }

    /**
     * One page: {@code sql} (SELECT … WHERE {@link #where()}, {@link #keyset()}, ORDER BY) with {@code LIMIT} one
     * past {@code limit}, the filters' and the keyset's parameters bound.
     */
    public Page page(EntityManager em, String sql, int limit) {
        return read(em, sql + " LIMIT :limit", limit);
    }

    /**
     * As {@link #page}, each row followed by one more column: {@code column}, an SQL expression over the page's row
     * (its columns as {@code e.…}), such as the record's JSON ({@link JsonItems#select}) — computed for the rows of
     * the page only, in the same statement, and read back with {@link Page#added}. {@code order} is the page's ORDER BY again (over {@code e}).
     */
    public Page page(EntityManager em, String sql, int limit, String column, String order) {
        return read(em, "SELECT e.*, " + column + " FROM (" + sql + " LIMIT :limit) e" + order, limit);
    }

    private Page read(EntityManager em, String statement, int limit) {
        Query q = bound(em.createNativeQuery(statement));
        keysetParams.forEach(q::setParameter);
        q.setParameter("limit", limit + 1);
        List<Object[]> rows = new ArrayList<>();
        for (Object r : q.getResultList()) {
            rows.add(r instanceof Object[] a ? a : new Object[]{r});
        }
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, more);
    }

    /** The rows of a page (each an array, also when one column is selected) and whether more follow. */
    public record Page(List<Object[]> rows, boolean more) {

        /** The first column of every row, as ids. */
        public List<Long> ids() {
            return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        }

        /**
         * The column {@link ListQuery#page(EntityManager, String, int, String, String)} adds (each row's last), as
         * {@code type}, in page order.
         */
        public <T> List<T> added(Class<T> type) {
            return rows.stream().map(r -> type.cast(r[r.length - 1])).toList();
        }

        /** The last row of the page; the next page's cursor is made from it. */
        public Object[] last() {
            return rows.get(rows.size() - 1);
        }
    }
}
