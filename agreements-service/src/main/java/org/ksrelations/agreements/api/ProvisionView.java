package org.ksrelations.agreements.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.ImplementationStatus;

/** A numbered provision of an agreement; in and out. */
@Schema(name = "AgreementProvision", description = "A numbered provision of an agreement, with its implementation status")
public record ProvisionView(
        @NotNull @Pattern(regexp = ProvisionView.NUMBER_PATTERN, message = ProvisionView.NUMBER_MESSAGE) @Size(max = 20)
        @Schema(description = "Number within the agreement", examples = "5", pattern = ProvisionView.NUMBER_PATTERN)
        String number,
        @NotBlank @Size(max = 200)
        @Schema(description = "What the provision is about, in a few words", examples = "Community of Serb Municipalities") String topic,
        @NotBlank @Size(max = 5000)
        @Schema(description = "What the provision says, in the curators' words (English)",
                examples = "Establishes the proposal of the Community (Association) of Serb Municipalities.") String text,
        @NotNull @Schema(description = "How far the provision has been implemented, as the sources report it")
        ImplementationStatus implementationStatus,
        @Size(max = 2000) @Schema(nullable = true, description = "Verbatim quote from the documents the provision rests on")
        String quote) {

    public static final String NUMBER_PATTERN = "^[0-9]+(\\.[0-9]+)*[a-z]?$";
    public static final String NUMBER_MESSAGE = "must be a provision number such as 1, 2a or 3.1";
}
