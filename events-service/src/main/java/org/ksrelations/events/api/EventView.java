package org.ksrelations.events.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.SourceView;
import org.ksrelations.kit.api.TitledText;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.events.domain.Category;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An event as the API serves it. */
@Schema(name = "Event", description = "A dated fact of Kosovo–Serbia relations, with its sources")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"slug", "date", "datePrecision", "dateBasis", "dateNote", "text", "title", "summary", "lang",
        "category", "actors", "places", "tags", "relatedAgreements", "sources", "updatedAt"})
public record EventView(
        @Schema(description = "Stable public identifier", examples = "2013-04-19-brussels-agreement-initialled")
        String slug,
        @Schema(description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month or year", examples = "2013-04-19")
        LocalDate date,
        @Schema(description = "How exact the date is: DAY, MONTH (only the month is known) or YEAR (only the year is known)")
        DatePrecision datePrecision,
        @Schema(description = "Where the date comes from: STATED in the text, the CITATION_DATE of the reference, or INFERRED (then dateNote says how)")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Schema(description = "How the date was read (always given with INFERRED)", nullable = true)
        String dateNote,
        @JsonUnwrapped TitledText text,
        @Schema(description = "What kind of event it is (diplomacy, incident, agreement, election, ...)") Category category,
        @Schema(description = "People, states and organisations that took part, each with its role") List<ActorRef> actors,
        @Schema(description = "Where it happened: place names in English (cities, regions, countries)")
        List<String> places,
        @Schema(description = "Free keywords (lower-case slugs) to group related events")
        List<String> tags,
        @Schema(description = "Slugs of agreements in agreements-service this event is about")
        List<String> relatedAgreements,
        @Schema(description = "The citations the event rests on (at least one)") List<SourceView> sources,
        @Schema(description = "When the record last changed (ISO-8601 date-time with offset)") OffsetDateTime updatedAt) {
}
