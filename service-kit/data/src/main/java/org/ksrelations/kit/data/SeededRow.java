package org.ksrelations.kit.data;

import java.util.function.Consumer;

/** What a seed pass did with the row of one seed record ({@link #upsert}). */
public enum SeededRow {
    INSERTED, UPDATED, KEPT;

    /**
     * Brings the row of one seed record up to the record: a new row (not yet persistent) is written by {@code apply},
     * marked as seeded with the record's {@code hash} and persisted; a row that came from the seed and whose record has
     * changed since (another hash) is written again; a row an editor changed, or whose record is unchanged, is kept.
     */
    public static <E extends CuratedEntity> SeededRow upsert(E row, Consumer<E> apply, String hash) {
        if (!row.isPersistent()) {
            apply.accept(row);
            row.origin = Origin.SEED;
            row.seedHash = hash;
            row.persist();
            return INSERTED;
        }
        if (row.origin == Origin.SEED && !hash.equals(row.seedHash)) {
            apply.accept(row);
            row.seedHash = hash;
            return UPDATED;
        }
        return KEPT;
    }
}
