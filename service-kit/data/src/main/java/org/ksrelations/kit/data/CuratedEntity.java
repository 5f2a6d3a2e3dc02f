package org.ksrelations.kit.data;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A versioned record that the seed files may provide: where its content comes from ({@code origin}) and, for a
 * seeded record, the hash of the seed record it was loaded from ({@code seed_hash}), so that a changed seed record
 * updates it while an editor's change is left alone.
 */
@MappedSuperclass
public abstract class CuratedEntity extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin = Origin.SEED;

    @Column(name = "seed_hash")
    public String seedHash;
}
