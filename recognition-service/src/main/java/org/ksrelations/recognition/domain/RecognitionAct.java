package org.ksrelations.recognition.domain;

import org.ksrelations.kit.data.Citation;
import java.util.List;
import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.data.CitedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Optional;

/** One act of a state about the recognition of Kosovo (a recognition, a claimed withdrawal, ...). */
@Entity
@Table(name = "recognition_act")
public class RecognitionAct extends CitedEntity {

    /** Stable public id, e.g. "il-recognition-2020-09-04". */
    @Column(name = "act_id", nullable = false, unique = true, updatable = false)
    public String actId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id", updatable = false)
    public State state;

    @Column(name = "state_code", nullable = false, updatable = false)
    public String stateCode;

    /** Curated order within the state (the tie-break of acts on the same date). */
    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActType type;

    @Column(name = "act_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    /** Where the date comes from (issue 18); null exactly when the act is undated. */
    @Enumerated(EnumType.STRING)
    @Column(name = "date_basis")
    public DateBasis dateBasis;

    @Column(name = "date_note")
    public String dateNote;

    /** The basis to store for a date: none for an undated act, STATED when not given. */
    public static DateBasis basisFor(java.time.LocalDate date, DateBasis given) {
        return date == null ? null : given == null ? DateBasis.STATED : given;
    }

    @Column(nullable = false)
    public boolean verified;

    public String note;

    /** What the act says: its type, its date as known (none for an undated act), whether it is verified, a note. */
    public void set(ActType type, LocalDate date, DatePrecision datePrecision, DateBasis dateBasis, String dateNote,
                    boolean verified, String note, List<Citation> sources) {
        this.type = type;
        this.date = date;
        this.datePrecision = datePrecision;
        this.dateBasis = basisFor(date, dateBasis);
        this.dateNote = dateNote;
        this.verified = verified;
        this.note = note;
        this.sources = sources;
    }

    public StanceRule.Step step() {
        return new StanceRule.Step(type, date, seq);
    }

    /** The id an act gets: state code, type and date ("undated" without one), e.g. "gw-withdrawal-claimed-2017-11-21". */
    public static String idFor(String stateCode, ActType type, LocalDate date) {
        return stateCode.toLowerCase(java.util.Locale.ROOT) + "-" + type.slug() + "-"
                + (date == null ? "undated" : date.toString());
    }

    public static Optional<RecognitionAct> findByActId(String actId) {
        return find("actId", actId).firstResultOptional();
    }
}
