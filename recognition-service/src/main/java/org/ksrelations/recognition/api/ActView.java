package org.ksrelations.recognition.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.ActType;
import org.ksrelations.recognition.domain.Region;

import java.time.LocalDate;
import java.util.List;

/** A recognition act as the API serves it (the gateway's timeline relies on exactly these fields). */
@Schema(name = "RecognitionAct", description = "One act of a state about the recognition of Kosovo, with its sources")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "state", "stateName", "region", "type", "date", "datePrecision", "dateBasis", "dateNote", "verified", "note", "sources"})
public record ActView(
        @Schema(description = "Stable public id of the act", examples = "il-recognition-2020-09-04") String id,
        @Schema(description = "Code of the state", examples = "IL") String state,
        @Schema(description = "Short English name of the state", examples = "Israel") String stateName,
        @Schema(description = "UN geoscheme region (continent) of the state") Region region,
        @Schema(description = "What the act is: a recognition, a claimed withdrawal, a denial, ...") ActType type,
        @Schema(nullable = true, description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month"
                + " or year; null when unknown", examples = "2020-09-04") LocalDate date,
        @Schema(nullable = true, description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January); null when the date is unknown") DatePrecision datePrecision,
        @Schema(nullable = true, description = "Where the date comes from; null when the date is unknown") org.ksrelations.kit.dates.DateBasis dateBasis,
        @Schema(nullable = true, description = "How the date was read (always given with INFERRED)") String dateNote,
        @Schema(description = "False when the exact date could not be checked against a source (UNVERIFIED in the"
                + " reference data)") boolean verified,
        @Schema(nullable = true, description = "Curator's note on the act or its sources",
                examples = "Mutual recognition agreed with the Washington agreements of 4 September 2020")
        String note,
        @Schema(description = "The citations the act rests on") List<SourceView> sources) {
}
