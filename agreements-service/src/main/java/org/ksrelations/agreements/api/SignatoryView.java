package org.ksrelations.agreements.api;

import org.ksrelations.kit.api.Slugs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person who signed for a party; in and out. */
@Schema(name = "AgreementSignatory", description = "A person who signed (or initialled) the agreement for a party")
public record SignatoryView(
        @NotBlank @Size(max = 200) @Schema(description = "Name of the person who signed", examples = "Ivica Dačić") String name,
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120)
        @Schema(nullable = true, description = "Slug of the party signed for (one of the agreement's parties)", examples = "serbia")
        String party,
        @Size(max = 200) @Schema(nullable = true, description = "The office the person held when signing", examples = "Prime Minister of Serbia")
        String role) {
}
