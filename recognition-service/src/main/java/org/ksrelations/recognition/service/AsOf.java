package org.ksrelations.recognition.service;

import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every listed state's stance on a date, the number of states per stance (all entities, and UN members apart), and
 * the acts of those states that have no date and so could not be placed in time (issue 18).
 */
public record AsOf(LocalDate date, Map<Stance, Long> counts, Map<Stance, Long> unMemberCounts, long undatedActs,
                   List<String> undatedStates, List<Item> items) {

    public record Item(String code, String iso2, String name, Region region, boolean unMember, Stance stance) {
    }
}
