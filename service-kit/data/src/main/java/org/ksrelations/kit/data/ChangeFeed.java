package org.ksrelations.kit.data;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.ksrelations.kit.api.ChangeKind;
import org.ksrelations.kit.api.Cursor;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of a changes feed: upserts (every row of the resources' tables, by {@code updated_at}) and deletions (the
 * {@code tombstone} table) in the order they happened, keyset-paginated by (time, resource, public id), and, where a
 * service renames records, the renames (its {@code slug_alias} table, see {@link SlugAliases}): a client that keeps a
 * copy moves the record from the old slug to the new one. Each service turns the rows into its own change records.
 */
public final class ChangeFeed {

    private static final String SORT = "changes";

    /** A resource of the feed: its name as the feed shows it, its table and the column of its public id. */
    public record Source(String resource, String table, String idColumn) {
    }

    /**
     * One change; {@code rowId} is the row's database key for an upsert, null for a deletion or a rename. A rename has
     * the old slug as {@code id} and the new one as {@code renamedTo}.
     */
    public record Row(boolean deleted, String resource, String id, OffsetDateTime at, Long rowId, String renamedTo) {

        public Row(boolean deleted, String resource, String id, OffsetDateTime at, Long rowId) {
            this(deleted, resource, id, at, rowId, null);
        }

        public boolean renamed() {
            return renamedTo != null;
        }
    }

    public record Slice(List<Row> rows, String nextCursor) {

        /** The database keys of the upserted rows of one resource, to load them in one query. */
        public List<Long> rowIds(String resource) {
            return rows.stream().filter(r -> r.rowId() != null && r.resource().equals(resource)).map(Row::rowId).toList();
        }

        /** The upserted records of one resource, loaded by {@code load} in one query, by database key. */
        public <T> Map<Long, T> upserted(String resource, Function<List<Long>, List<T>> load, Function<T, Long> rowId) {
            Map<Long, T> byId = new HashMap<>();
            load.apply(rowIds(resource)).forEach(t -> byId.put(rowId.apply(t), t));
            return byId;
        }
    }

    /** A page of the feed of one resource named by slug, with the records it upserted, by database key. */
    public record Records<T>(Slice slice, Map<Long, T> upserted) {

        /**
         * The page's changes, oldest first: a RENAME (slug is the new slug, formerSlug the old one), a DELETE, or an
         * UPSERT with the record as {@code view} shows it (null when it is gone since).
         */
        public <V, C> List<C> changes(Function<T, V> view, SlugChange<V, C> change) {
            return slice.rows().stream().map(r -> {
                if (r.renamed()) {
                    return change.of(ChangeKind.RENAME, r.renamedTo(), r.at(), null, r.id());
                }
                T t = r.deleted() ? null : upserted.get(r.rowId());
                return change.of(r.deleted() ? ChangeKind.DELETE : ChangeKind.UPSERT, r.id(), r.at(),
                        t == null ? null : view.apply(t), null);
            }).toList();
        }
    }

    /** Makes a service's change record of one resource named by slug (its canonical constructor, as a rule). */
    @FunctionalInterface
    public interface SlugChange<V, C> {
        C of(ChangeKind change, String slug, OffsetDateTime at, V record, String formerSlug);
    }

    private ChangeFeed() {
    }

    /**
     * The feed of one resource named by slug, with its renames, and the records it upserted, loaded by {@code load}
     * in one query.
     */
    public static <T extends KeyedEntity> Records<T> records(EntityManager em, Source source, OffsetDateTime since,
                                                             int limit, String rawCursor,
                                                             Function<List<Long>, List<T>> load) {
        Slice slice = read(em, List.of(source), true, since, limit, rawCursor);
        return new Records<>(slice, slice.upserted(source.resource(), load, t -> t.id));
    }

    /**
     * When a record of {@code tables} last changed (their {@code updated_at}) or a record was deleted (the
     * {@code tombstone} table): the {@code Last-Modified} of the lists over them; null while there has been neither.
     */
    public static OffsetDateTime lastChange(EntityManager em, String... tables) {
        StringBuilder sql = new StringBuilder("SELECT greatest(");
        for (String table : tables) {
            sql.append("(SELECT max(updated_at) FROM ").append(table).append("), ");
        }
        sql.append("(SELECT max(deleted_at) FROM tombstone))");
        return Sql.toOffset(em.createNativeQuery(sql.toString()).getSingleResult());
    }

    public static Slice read(EntityManager em, List<Source> sources, OffsetDateTime since, int limit, String rawCursor) {
        return read(em, sources, false, since, limit, rawCursor);
    }

    /** The feed with the renames of {@code slug_alias} when {@code renames} (the service has that table). */
    public static Slice read(EntityManager em, List<Source> sources, boolean renames, OffsetDateTime since, int limit,
                             String rawCursor) {
        Cursor cursor = Cursor.decode(rawCursor, SORT);
        OffsetDateTime after = since;
        String afterResource = "";
        String afterId = "";
        if (cursor != null) {
            int bar = cursor.slug().indexOf('|');
            if (bar < 0) {
                throw Cursor.invalid();
            }
            try {
                after = OffsetDateTime.parse(cursor.key());
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            afterResource = cursor.slug().substring(0, bar);
            afterId = cursor.slug().substring(bar + 1);
        }
        String names = sources.stream().map(s -> "'" + s.resource() + "'").collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT kind, resource, pid, at, id, target FROM (");
        for (Source s : sources) {
            sql.append(" SELECT 'UPSERT' AS kind, '").append(s.resource()).append("' AS resource, ").append(s.idColumn())
                    .append(" AS pid, updated_at AS at, id, CAST(NULL AS text) AS target FROM ").append(s.table())
                    .append(" UNION ALL");
        }
        if (renames) {
            sql.append(" SELECT 'RENAME', upper(resource), old_slug, renamed_at, NULL, new_slug FROM slug_alias"
                    + " WHERE upper(resource) IN (").append(names).append(") UNION ALL");
        }
        sql.append(" SELECT 'DELETE', upper(resource), slug, deleted_at, NULL, NULL FROM tombstone WHERE upper(resource) IN (")
                .append(names)
                .append(")) c")
                .append(after == null ? "" : " WHERE (at, resource, pid) > (:after, :afterResource, :afterId)")
                .append(" ORDER BY at, resource, pid, kind LIMIT :limit");
        Query q = em.createNativeQuery(sql.toString());
        if (after != null) {
            q.setParameter("after", after);
            q.setParameter("afterResource", afterResource);
            q.setParameter("afterId", afterId);
        }
        q.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> raw = q.getResultList();
        boolean more = raw.size() > limit;
        List<Row> rows = new ArrayList<>();
        for (Object[] r : raw.subList(0, Math.min(limit, raw.size()))) {
            rows.add(new Row("DELETE".equals(r[0]), (String) r[1], (String) r[2], Sql.toOffset(r[3]),
                    r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5]));
        }
        String next = null;
        if (more) {
            Row last = rows.get(rows.size() - 1);
            next = new Cursor(SORT, last.at().toString(), last.resource() + "|" + last.id()).encode();
        }
        return new Slice(rows, next);
    }
}
