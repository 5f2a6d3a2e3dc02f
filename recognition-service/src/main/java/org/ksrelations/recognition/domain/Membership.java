package org.ksrelations.recognition.domain;

import org.ksrelations.kit.data.CitedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kosovo's membership of (or application to) an international organisation. */
@Entity
@Table(name = "membership")
public class Membership extends CitedEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MembershipEvent> events = new ArrayList<>();

    public static Optional<Membership> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
