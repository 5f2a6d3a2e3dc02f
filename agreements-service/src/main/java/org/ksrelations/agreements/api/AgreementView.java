package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.SourceView;
import org.ksrelations.kit.api.TitledText;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
@JsonPropertyOrder({"slug", "text", "title", "summary", "lang", "kind", "status", "stage", "process", "facilitator",
        "parties", "signatories", "proposedOn", "proposedOnPrecision", "concludedOn", "concludedOnPrecision", "date",
        "datePrecision", "dateBasis", "dateNote", "provisions", "milestones", "relatedEvents", "tags", "sources", "updatedAt"})
public record AgreementView(
        @Schema(description = "Stable public identifier", examples = "2013-04-19-brussels-agreement") String slug,
        @JsonUnwrapped TitledText text,
        @Schema(description = "What kind of instrument it is (UN resolution, bilateral or technical agreement, plan, ...)") AgreementKind kind,
        @Schema(description = "Where it stands now; consistent with its latest milestones") AgreementStatus status,
        @Schema(description = "Stage of the peace process it belongs to (as in the PA-X peace agreements database)") AgreementStage stage,
        @Schema(description = "The negotiation process it belongs to (UN status talks, EU-facilitated dialogue, US-mediated talks, ...)")
        AgreementProcess process,
        @Schema(description = "Who facilitated it: EU, US, UN, NONE or another short code", examples = "EU") String facilitator,
        @Schema(description = "Actor slugs of the parties", examples = "[\"serbia\", \"kosovo\"]") List<String> parties,
        @Schema(description = "The people who signed or initialled it, each for a party") List<SignatoryView> signatories,
        @Schema(nullable = true, description = "When it was proposed or drafted (ISO-8601 date)", examples = "2013-04-19") LocalDate proposedOn,
        @Schema(nullable = true, description = "Precision of proposedOn (DAY, MONTH or YEAR); null when proposedOn is null")
        DatePrecision proposedOnPrecision,
        @Schema(nullable = true, description = "When it was concluded (signed, adopted, agreed)", examples = "2013-04-19")
        LocalDate concludedOn,
        @Schema(nullable = true, description = "Precision of concludedOn (DAY, MONTH or YEAR); null when concludedOn is null")
        DatePrecision concludedOnPrecision,
        @Schema(nullable = true, description = "The main date: concludedOn, else proposedOn; null when undated", examples = "2013-04-19")
        LocalDate date,
        @Schema(nullable = true, description = "Precision of date (DAY, MONTH or YEAR); null when undated") DatePrecision datePrecision,
        @Schema(description = "Where the main date comes from")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Schema(description = "How the date was read (always given with INFERRED)", nullable = true)
        String dateNote,
        @Schema(description = "Its numbered provisions, in order") List<ProvisionView> provisions,
        @Schema(description = "The steps of its life (proposed, signed, ratified, ...), by date, undated last") List<MilestoneView> milestones,
        @Schema(description = "Slugs of events in events-service about this agreement") List<String> relatedEvents,
        @Schema(description = "Free keywords (lower-case slugs) to group related agreements") List<String> tags,
        @Schema(description = "The citations the agreement rests on (at least one)") List<SourceView> sources,
        @Schema(description = "When the record (or one of its provisions or milestones) last changed (ISO-8601 date-time with offset)")
        OffsetDateTime updatedAt) {
}
