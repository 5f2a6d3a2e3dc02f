package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;
import org.ksrelations.kit.api.LocalizedText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.MilestoneType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A milestone to add (its id is derived by the service). */
@Schema(name = "AgreementMilestoneInput", description = "A milestone to add; date and datePrecision are both given or both null")
public record MilestoneInput(
        @Schema(nullable = true, description = "ISO-8601 date; with MONTH or YEAR precision the first day; null when the documents give none",
                examples = "2013-06-28") LocalDate date,
        @Schema(nullable = true, description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January); null exactly when date is null") DatePrecision datePrecision,
        @Schema(nullable = true, description = "Where the date comes from; STATED when omitted")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Size(min = 1, max = 1000)
        @Schema(nullable = true, description = "How the date was read; required with INFERRED")
        String dateNote,
        @NotNull @Schema(description = "What happened at this step") MilestoneType type,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 2000) String> description,
        @Schema(description = "The citations the milestone rests on (at least one)")
        @NotEmpty @Size(max = 30) List<@Valid @NotNull SourceView> sources) {
}
