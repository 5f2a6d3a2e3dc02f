package org.ksrelations.recognition.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.ActType;

import java.time.LocalDate;
import java.util.List;

/** What an editor sends to record a new act of a state. */
@Schema(name = "RecognitionActInput", description = "A new recognition act (recognition, withdrawal, ...) of the state in the path")
public record ActInput(
        @Size(max = 8)
        @Schema(nullable = true, description = "Code of the state; optional, must be the state of the path when given",
                examples = "DZ") String state,
        @NotNull @Schema(description = "What the act is: a recognition, a claimed withdrawal, a denial, ...") ActType type,
        @Schema(nullable = true, description = "Null when unknown (then datePrecision is null too); not in the future;"
                + " a recognition cannot be dated before 2008-02-17", examples = "2024-03-01") LocalDate date,
        @Schema(nullable = true, description = "Required with a date: MONTH means the 1st of the month, YEAR 1 January")
        DatePrecision datePrecision,
        @Schema(nullable = true, description = "Where the date comes from; STATED when omitted for a dated act")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Size(min = 1, max = 1000)
        @Schema(nullable = true, description = "How the date was read; required with INFERRED")
        String dateNote,
        @NotNull @Schema(description = "Whether the date was checked against a source") Boolean verified,
        @Size(max = 2000) @Schema(nullable = true, description = "Curator's note on the act or its sources") String note,
        @Schema(description = "The citations the act rests on (at least one)")
        @NotEmpty @Size(max = 30) List<@Valid @NotNull SourceView> sources) {
}
