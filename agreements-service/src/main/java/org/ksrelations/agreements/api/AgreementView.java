package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.SourceView;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.AgreementKind;
import org.ksrelations.agreements.domain.AgreementProcess;
import org.ksrelations.agreements.domain.AgreementStage;
import org.ksrelations.agreements.domain.AgreementStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An agreement as the API serves it. */
@Schema(name = "Agreement", description = "An agreement, draft, plan or resolution between or about Kosovo and Serbia")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementView(
        @Schema(description = "Stable public identifier", examples = "2013-04-19-brussels-agreement") String slug,
        @Schema(description = "Title in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object title,
        @Schema(description = "Summary in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object summary,
        @Schema(description = "The language the texts are served in (null with lang=all)", nullable = true, examples = "en")
        String lang,
        AgreementKind kind,
        AgreementStatus status,
        AgreementStage stage,
        AgreementProcess process,
        @Schema(description = "Who facilitated it: EU, US, UN, NONE or another short code", examples = "EU") String facilitator,
        @Schema(description = "Actor slugs of the parties", examples = "[\"serbia\", \"kosovo\"]") List<String> parties,
        List<SignatoryView> signatories,
        @Schema(nullable = true, description = "When it was proposed or drafted", examples = "2013-04-19") LocalDate proposedOn,
        @Schema(nullable = true) DatePrecision proposedOnPrecision,
        @Schema(nullable = true, description = "When it was concluded (signed, adopted, agreed)", examples = "2013-04-19")
        LocalDate concludedOn,
        @Schema(nullable = true) DatePrecision concludedOnPrecision,
        @Schema(nullable = true, description = "The main date: concludedOn, else proposedOn; null when undated", examples = "2013-04-19")
        LocalDate date,
        @Schema(nullable = true) DatePrecision datePrecision,
        @Schema(description = "Where the main date comes from")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Schema(description = "How the date was read (always given with INFERRED)", nullable = true)
        String dateNote,
        List<ProvisionView> provisions,
        List<MilestoneView> milestones,
        @Schema(description = "Slugs of events in events-service about this agreement") List<String> relatedEvents,
        List<String> tags,
        List<SourceView> sources,
        OffsetDateTime updatedAt) {
}
