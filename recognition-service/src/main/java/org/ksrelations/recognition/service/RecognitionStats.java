package org.ksrelations.recognition.service;

import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.util.List;
import java.util.Map;

/** Recognition statistics grouped by year or by region ({@code years} or {@code regions} is null), with totals. */
public record RecognitionStats(String groupBy, List<Year> years, List<RegionCounts> regions, Totals totals) {

    public record Year(int year, long recognitions, long withdrawalsClaimed, long cumulativeRecognizing) {
    }

    /** The current stances of a region's states. */
    public record RegionCounts(Region region, Map<Stance, Long> stances) {
    }

    public record Totals(long states, long recognitions, long withdrawalsClaimed, long undatedActs,
                         Map<Stance, Long> stances) {
    }
}
