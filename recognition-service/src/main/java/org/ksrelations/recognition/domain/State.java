package org.ksrelations.recognition.domain;

import org.ksrelations.kit.data.CuratedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A state or entity that can recognise Kosovo. Its stance is derived from {@link #acts}, never stored. */
@Entity
@Table(name = "state")
public class State extends CuratedEntity {

    /** Public id: ISO alpha-2 (upper case), or "smom". */
    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    public String iso2;

    public String iso3;

    @Column(nullable = false)
    public String name;

    @Column(name = "un_member", nullable = false)
    public boolean unMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    public String note;

    @OneToMany(mappedBy = "state")
    public List<RecognitionAct> acts = new ArrayList<>();

    /** Increases with any change of the state or of one of its acts (the ETag). */

    /** Marks the state changed (its version increases on flush) because one of its acts changed. */
    public void actsChanged() {
        updatedAt = OffsetDateTime.now();
    }

    /** Date of the first dated recognition act (as {@code RECOGNIZED_ON} in SQL), null when there is none. */
    public LocalDate recognizedOn() {
        return acts.stream().filter(a -> a.type.isRecognition()).map(a -> a.date).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public static Optional<State> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
