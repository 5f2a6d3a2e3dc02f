package org.ksrelations.kit.data;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row with a surrogate key that the database assigns on insert (an {@code id} identity column in the entity's
 * table). Internal only: the API names records by their public id (slug, code, ...), never by this key.
 */
@MappedSuperclass
public abstract class KeyedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
