package org.ksrelations.kit.data;

import jakarta.persistence.EntityManager;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.service.Slice;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a service's datasets read their records for {@link DatasetStore}: a list of the API read in keyset pages of
 * {@link #SIZE}, in the list's order, the persistence context cleared after each page, so a build holds one page at a
 * time.
 */
public final class DatasetPages {

    /** The records of one page. */
    public static final int SIZE = 500;

    private DatasetPages() {
    }

    /**
     * Gives every record of a list to {@code each}, in order: {@code page} answers the page of {@link #SIZE} records
     * after a cursor of sort {@code sort} (null: the first page).
     */
    public static <T> void forEach(EntityManager em, String sort, Function<Cursor, Slice<T>> page,
                                   Consumer<? super T> each) {
        String cursor = null;
        do {
            Slice<T> slice = page.apply(cursor == null ? null : Cursor.decode(cursor, sort));
            slice.items().forEach(each);
            cursor = slice.nextCursor();
            em.clear();
        } while (cursor != null);
    }
}
