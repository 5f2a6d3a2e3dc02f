package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.MilestoneType;

import java.time.LocalDate;
import java.util.List;

/** A milestone of an agreement as the API serves it. */
@Schema(name = "AgreementMilestone", description = "A step in the life of an agreement; undated when the documents give no date")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneView(
        @Schema(description = "Stable id within the agreement: <date or 'undated'>-<type>-<n>", examples = "2013-06-28-ratified-1")
        String id,
        @Schema(nullable = true, description = "ISO-8601 date; null when unknown", examples = "2013-06-28") LocalDate date,
        @Schema(nullable = true) DatePrecision datePrecision,
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Schema(description = "How the date was read (always given with INFERRED)", nullable = true)
        String dateNote,
        MilestoneType type,
        @Schema(description = "Description in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object description,
        List<SourceView> sources) {
}
