package org.ksrelations.events.domain;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.data.TitledEntity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A dated fact of the timeline. */
@Entity
@Table(name = "event")
public class Event extends TitledEntity {

    @Column(name = "event_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> places = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "place_keys", nullable = false, columnDefinition = "text[]")
    public List<String> placeKeys = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_agreements", nullable = false, columnDefinition = "text[]")
    public List<String> relatedAgreements = new ArrayList<>();

    /**
     * Loaded by one query for all the events of a page (subselect), never joined to the event row: a join would send
     * the event's JSON columns (title, summary, sources) once per actor.
     */
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @Fetch(FetchMode.SUBSELECT)
    public List<EventActor> actors = new ArrayList<>();

    @Override
    protected void beforeWrite() {
        placeKeys = places.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public static Optional<Event> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
