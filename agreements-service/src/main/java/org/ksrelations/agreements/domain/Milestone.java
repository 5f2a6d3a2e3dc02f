package org.ksrelations.agreements.domain;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.dates.DateBasis;
import org.ksrelations.kit.dates.DatePrecision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A step in the life of an agreement (signed, ratified, implementation began, …); the date may be unknown. */
@Entity
@Table(name = "agreement_milestone")
public class Milestone extends AgreementPart {

    /** Denormalised (slugs never change) so that the all-milestones timeline pages over one index. */
    @Column(name = "agreement_slug", nullable = false)
    public String agreementSlug;

    /** Stable public id within the agreement: {@code <date or 'undated'>-<type>-<n>}. */
    @Column(name = "public_id", nullable = false)
    public String publicId;

    @Column(name = "milestone_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_basis", nullable = false)
    public DateBasis dateBasis = DateBasis.STATED;

    @Column(name = "date_note")
    public String dateNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneType type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Citation> sources = new ArrayList<>();
}
