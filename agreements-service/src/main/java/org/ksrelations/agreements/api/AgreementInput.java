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
        @Schema(examples = "2013-04-19-brussels-agreement", pattern = Slugs.PATTERN, maxLength = 120)
        String slug,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 300) String> title,
        @NotNull @Size(min = 1, max = 10)
        @Schema(implementation = LocalizedText.class, required = true)
        Map<@Pattern(regexp = "[a-z]{2}", message = "language codes are two lower-case letters") String,
                @NotNull @Size(min = 1, max = 5000) String> summary,
        @NotNull AgreementKind kind,
        @NotNull AgreementStatus status,
        @NotNull AgreementStage stage,
        @NotNull AgreementProcess process,
        @NotNull @Pattern(regexp = AgreementInput.FACILITATOR_PATTERN, message = "must be an upper-case code such as EU, US, UN or NONE")
        @Schema(examples = "EU", pattern = AgreementInput.FACILITATOR_PATTERN)
        String facilitator,
        @NotNull @Size(max = 30)
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String> parties,
        @Size(max = 30) List<@Valid @NotNull SignatoryView> signatories,
        @Schema(nullable = true, examples = "2013-04-19") LocalDate proposedOn,
        @Schema(nullable = true) DatePrecision proposedOnPrecision,
        @Schema(nullable = true, examples = "2013-04-19") LocalDate concludedOn,
        @Schema(nullable = true) DatePrecision concludedOnPrecision,
        @Schema(nullable = true, description = "Where the main date (concludedOn, else proposedOn) comes from; STATED when omitted")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Size(min = 1, max = 1000)
        @Schema(nullable = true, description = "How the date was read; required with INFERRED")
        String dateNote,
        @Size(max = 200) List<@Valid @NotNull ProvisionView> provisions,
        @Size(max = 200) List<@Valid @NotNull MilestoneInput> milestones,
        @Size(max = 100) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String> relatedEvents,
        @Size(max = 30) List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 60) String> tags,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull SourceView> sources) {

    public static final String FACILITATOR_PATTERN = "^[A-Z][A-Z0-9_]{0,39}$";
}
