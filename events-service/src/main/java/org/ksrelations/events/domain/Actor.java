package org.ksrelations.events.domain;

import org.ksrelations.kit.data.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Optional;

@Entity
@Table(name = "actor")
public class Actor extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorType type;

    public static Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
