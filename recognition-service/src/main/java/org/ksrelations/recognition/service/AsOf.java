package org.ksrelations.recognition.service;

import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every listed state's stance on a date, and the number of states per stance. */
public record AsOf(LocalDate date, Map<Stance, Long> counts, List<Item> items) {

    public record Item(String code, String iso2, String name, Region region, Stance stance) {
    }
}
