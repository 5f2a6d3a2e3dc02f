package org.ksrelations.recognition.service;

import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.State;

import java.time.LocalDate;

/** A state with its current stance (SQL rule {@code recognition_stance}) and the date of its first dated recognition. */
public record StateWithStance(State state, Stance stance, LocalDate recognizedOn) {
}
