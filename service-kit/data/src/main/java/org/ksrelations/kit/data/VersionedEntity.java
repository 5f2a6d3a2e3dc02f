package org.ksrelations.kit.data;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A record with a version (its ETag; optimistic locking: a write on a stale version fails) and its creation and last
 * update times (the changes feed, {@code updatedSince}, {@code Last-Modified}). Columns {@code version},
 * {@code created_at}, {@code updated_at} in the entity's table.
 */
@MappedSuperclass
public abstract class VersionedEntity extends KeyedEntity {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
        beforeWrite();
    }

    /** What an entity derives from its fields before each insert or update (search keys, for example). */
    protected void beforeWrite() {
    }
}
