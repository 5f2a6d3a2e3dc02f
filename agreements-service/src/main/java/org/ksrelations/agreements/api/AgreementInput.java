package org.ksrelations.agreements.api;

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
import org.ksrelations.agreements.domain.AgreementKind;
import org.ksrelations.agreements.domain.AgreementProcess;
import org.ksrelations.agreements.domain.AgreementStage;
import org.ksrelations.agreements.domain.AgreementStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What an editor sends to create or replace an agreement (also the format of the seed file). */
@Schema(name = "AgreementInput", description = "An agreement to create or replace")
public record AgreementInput(
        @NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120)
        @Schema(description = "Stable public identifier: the date, then words of the title, in lower case with hyphens",
                examples = "2013-04-19-brussels-agreement", pattern = Slugs.PATTERN, maxLength = 120)
        String slug,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 300) String> title,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 5000) String> summary,
        @NotNull @Schema(description = "What kind of instrument it is") AgreementKind kind,
        @NotNull @Schema(description = "Where it stands now; must agree with its milestones") AgreementStatus status,
        @NotNull @Schema(description = "Stage of the peace process it belongs to") AgreementStage stage,
        @NotNull @Schema(description = "The negotiation process it belongs to") AgreementProcess process,
        @NotNull @Pattern(regexp = AgreementInput.FACILITATOR_PATTERN, message = "must be an upper-case code such as EU, US, UN or NONE")
        @Schema(description = "Who facilitated it: an upper-case code such as EU, US, UN, or NONE", examples = "EU",
                pattern = AgreementInput.FACILITATOR_PATTERN)
        String facilitator,
        @Schema(description = "Actor slugs of the parties")
        @NotNull @Size(max = 30)
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String> parties,
        @Schema(description = "The people who signed or initialled it, each for one of the parties")
        @Size(max = 30) List<@Valid @NotNull SignatoryView> signatories,
        @Schema(nullable = true, description = "When it was proposed or drafted (ISO-8601 date)", examples = "2013-04-19") LocalDate proposedOn,
        @Schema(nullable = true, description = "Precision of proposedOn (DAY, MONTH or YEAR); given exactly when proposedOn is")
        DatePrecision proposedOnPrecision,
        @Schema(nullable = true, description = "When it was concluded: signed, adopted or agreed (ISO-8601 date)", examples = "2013-04-19")
        LocalDate concludedOn,
        @Schema(nullable = true, description = "Precision of concludedOn (DAY, MONTH or YEAR); given exactly when concludedOn is")
        DatePrecision concludedOnPrecision,
        @Schema(nullable = true, description = "Where the main date (concludedOn, else proposedOn) comes from; STATED when omitted")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Size(min = 1, max = 1000)
        @Schema(nullable = true, description = "How the date was read; required with INFERRED")
        String dateNote,
        @Schema(description = "Its numbered provisions (numbers unique within the agreement)")
        @Size(max = 200) List<@Valid @NotNull ProvisionView> provisions,
        @Schema(description = "The steps of its life; their ids are derived by the service")
        @Size(max = 200) List<@Valid @NotNull MilestoneInput> milestones,
        @Schema(description = "Slugs of events in events-service about this agreement")
        @Size(max = 100) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String> relatedEvents,
        @Schema(description = "Free keywords, as lower-case slugs")
        @Size(max = 30) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 60) String> tags,
        @Schema(description = "The citations the agreement rests on (at least one)")
        @NotEmpty @Size(max = 30) List<@Valid @NotNull SourceView> sources) {

    public static final String FACILITATOR_PATTERN = "^[A-Z][A-Z0-9_]{0,39}$";
}
