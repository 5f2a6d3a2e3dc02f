package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.service.RecognitionStats;

import java.util.List;

/** Recognition statistics by year or by region. */
@Schema(name = "RecognitionStats", description = "Counts by year (with the cumulative number of recognising states) or by region")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatsView(
        @Schema(implementation = StatsView.Grouping.class) String groupBy,
        @Schema(nullable = true, description = "With groupBy=year: every year from the first to the last dated act")
        List<Year> years,
        @Schema(nullable = true, description = "With groupBy=region: every region") List<RegionCounts> regions,
        @Schema(description = "Totals over all states and acts") Totals totals) {

    public static StatsView of(RecognitionStats s) {
        List<Year> years = s.years() == null ? null : s.years().stream().map(y -> new Year(y.year(), y.recognitions(),
                y.withdrawalsClaimed(), y.cumulativeRecognizing())).toList();
        List<RegionCounts> regions = s.regions() == null ? null : s.regions().stream().map(r -> {
            StanceCounts c = StanceCounts.of(r.stances());
            return new RegionCounts(r.region(), c.total(), c);
        }).toList();
        RecognitionStats.Totals t = s.totals();
        return new StatsView(s.groupBy(), years, regions, new Totals(t.states(), t.recognitions(), t.withdrawalsClaimed(),
                t.undatedActs(), StanceCounts.of(t.stances())));
    }

    /** Documentation type: how the statistics are grouped (the groupBy parameter echoed). */
    @Schema(name = "RecognitionStatsGrouping", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            enumeration = {"year", "region"}, examples = "year",
            description = "How the counts are grouped: by year or by region (the groupBy parameter)")
    public static final class Grouping {
        private Grouping() {
        }
    }

    @Schema(name = "RecognitionYearStats")
    public record Year(@Schema(description = "The calendar year", examples = "2008") int year,
                       @Schema(description = "RECOGNITION acts dated in the year", examples = "55") long recognitions,
                       @Schema(description = "WITHDRAWAL_CLAIMED acts dated in the year", examples = "0") long withdrawalsClaimed,
                       @Schema(description = "States whose stance on 31 December of the year (as-of rule) is RECOGNIZES",
                               examples = "55") long cumulativeRecognizing) {
    }

    @Schema(name = "RecognitionRegionStats")
    public record RegionCounts(@Schema(description = "UN geoscheme region (continent)") Region region,
                               @Schema(description = "Number of states in the region", examples = "44") long states,
                               @Schema(description = "Current stances of the region's states") StanceCounts counts) {
    }

    @Schema(name = "RecognitionStatsTotals")
    public record Totals(@Schema(description = "Number of states and entities in the dataset", examples = "197") long states,
                         @Schema(description = "Dated RECOGNITION acts") long recognitions,
                         @Schema(description = "Dated WITHDRAWAL_CLAIMED acts") long withdrawalsClaimed,
                         @Schema(description = "Acts without a date (they count for the current stance, never for as-of)")
                         long undatedActs,
                         @Schema(description = "Current stances of all states") StanceCounts stances) {
    }
}
