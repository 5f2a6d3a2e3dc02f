package org.ksrelations.kit.data;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ksrelations.kit.api.Params;

import java.time.OffsetDateTime;

/**
 * The trace of a deleted record, for the changes feed ({@link ChangeFeed}) and so that a seed pass does not bring back
 * what an editor deleted. Every service has a {@code tombstone} table of this shape in its own database.
 */
@Entity
@Table(name = "tombstone")
public class Tombstone extends KeyedEntity {

    @Column(nullable = false)
    public String resource;

    @Column(nullable = false)
    public String slug;

    @Column(name = "deleted_at", nullable = false)
    public OffsetDateTime deletedAt;

    public static Tombstone of(String resource, String slug) {
        Tombstone t = new Tombstone();
        t.resource = resource;
        t.slug = slug;
        t.deletedAt = OffsetDateTime.now();
        return t;
    }

    /** Deletes {@code record}, called {@code slug}, and leaves its tombstone for the changes feed. */
    public static void delete(String resource, String slug, PanacheEntityBase record) {
        record.delete();
        of(resource, slug).persist();
    }

    /**
     * Deletes {@code record}, called {@code slug}, when it is at {@code expectedVersion} (412 otherwise), leaves its
     * tombstone and flushes, so that a conflict shows in this request.
     */
    public static void delete(String resource, String slug, VersionedEntity record, long expectedVersion) {
        Params.checkVersion(resource, slug, expectedVersion, record.version);
        delete(resource, slug, record);
        Panache.getEntityManager().flush();
    }

    public static boolean exists(String resource, String slug) {
        return count("resource = ?1 and slug = ?2", resource, slug) > 0;
    }
}
