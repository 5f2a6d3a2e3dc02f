package org.ksrelations.kit.data;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** A curated record that rests on citations: column {@code sources} (a JSON array) in the entity's table. */
@MappedSuperclass
public abstract class CitedEntity extends CuratedEntity {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Citation> sources = new ArrayList<>();
}
