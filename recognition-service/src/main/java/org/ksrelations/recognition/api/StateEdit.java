package org.ksrelations.recognition.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;

/** The editable fields of a state: the base and the result of a merge patch. */
@Schema(name = "StatePatch", description = "JSON merge patch of a state: only these fields can change; null removes the note")
public record StateEdit(
        @Size(max = 2000) @Schema(nullable = true, description = "Curator's note on the sources; null removes it",
                examples = "Recognition confirmed by a note verbale") String note,
        @NotNull @Schema(nullable = true, description = "Member of the United Nations (cannot be removed)") Boolean unMember,
        @NotNull @Schema(nullable = true, description = "UN geoscheme region (cannot be removed)") Region region) {
}
