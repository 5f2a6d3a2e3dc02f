package org.ksrelations.agreements.domain;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.data.TitledEntity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An agreement, draft, plan or resolution between or about Kosovo and Serbia. */
@Entity
@Table(name = "agreement")
public class Agreement extends TitledEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementProcess process;

    @Column(nullable = false)
    public String facilitator;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> parties = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Signatory> signatories = new ArrayList<>();

    @Column(name = "proposed_on")
    public LocalDate proposedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_on_precision")
    public DatePrecision proposedOnPrecision;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "concluded_on_precision")
    public DatePrecision concludedOnPrecision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_events", nullable = false, columnDefinition = "text[]")
    public List<String> relatedEvents = new ArrayList<>();

    /** Topics and texts of the provisions, kept here so that the generated full-text column can index them. */
    @Column(name = "provisions_text", nullable = false)
    public String provisionsText = "";

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    public List<Provision> provisions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    public List<Milestone> milestones = new ArrayList<>();

    /** The agreement's main date: when it was concluded, else when it was proposed; null when undated. */
    public LocalDate mainDate() {
        return concludedOn != null ? concludedOn : proposedOn;
    }

    public DatePrecision mainDatePrecision() {
        return concludedOn != null ? concludedOnPrecision : proposedOnPrecision;
    }

    public static Optional<Agreement> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
