package org.ksrelations.events.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.SourceView;
import org.ksrelations.kit.api.LocalizedText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.events.domain.ActorRole;
import org.ksrelations.events.domain.ActorType;
import org.ksrelations.events.domain.Category;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What an editor sends to create or replace an event. */
@Schema(name = "EventInput", description = "An event to create or replace")
public record EventInput(
        @NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120)
        @Schema(description = "Stable public identifier: the date, then words of the title, in lower case with hyphens",
                examples = "2013-04-19-brussels-agreement-initialled", pattern = Slugs.PATTERN, maxLength = 120)
        String slug,
        @NotNull @Schema(description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month or year",
                examples = "2013-04-19") LocalDate date,
        @NotNull @Schema(description = "How exact the date is: DAY, MONTH or YEAR") DatePrecision datePrecision,
        @Schema(nullable = true, description = "Where the date comes from; STATED when omitted")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Size(min = 1, max = 1000)
        @Schema(nullable = true, description = "How the date was read; required with INFERRED",
                examples = "The text gives no year; it places the event after the agreements of 26 August 2015")
        String dateNote,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 300) String> title,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 5000) String> summary,
        @NotNull @Schema(description = "What kind of event it is") Category category,
        @Schema(description = "Actors that took part, each with its role; an actor not known yet is created (give its name and type)")
        @Size(max = 50) List<@Valid @NotNull ActorInput> actors,
        @Schema(description = "Where it happened: place names in English (cities, regions, countries)")
        @Size(max = 30) List<@NotNull @Size(min = 1, max = 100) String> places,
        @Schema(description = "Free keywords, as lower-case slugs")
        @Size(max = 30) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 60) String> tags,
        @Schema(description = "Slugs of agreements in agreements-service this event is about")
        @Size(max = 30) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String> relatedAgreements,
        @Schema(description = "The citations the event rests on (at least one)")
        @NotEmpty @Size(max = 30) List<@Valid @NotNull SourceView> sources) {

    @Schema(name = "EventActorInput")
    public record ActorInput(
            @Schema(description = "Public identifier of the actor (an existing one, or a new one to create)", examples = "hashim-thaci")
            @NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String slug,
            @Size(min = 1, max = 200) @Schema(nullable = true, description = "Needed when the actor is new") String name,
            @Schema(nullable = true, description = "Needed when the actor is new") ActorType type,
            @Schema(description = "The part the actor played in the event") @NotNull ActorRole role) {
    }
}
