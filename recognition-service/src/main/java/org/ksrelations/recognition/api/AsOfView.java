package org.ksrelations.recognition.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.time.LocalDate;
import java.util.List;

/** Every state's stance on a date. */
@Schema(name = "RecognitionsAsOf", description = "The stance of every state (matching the filters) on a date; only acts"
        + " dated on or before the date count, undated acts never do")
public record AsOfView(@Schema(examples = "2020-09-04") LocalDate date,
                       @Schema(description = "Number of listed states per stance") StanceCounts counts,
                       List<Item> items) {

    @Schema(name = "StanceAsOf", description = "A state and its stance on the date")
    public record Item(@Schema(examples = "IL") String code,
                       @Schema(nullable = true, examples = "IL") String iso2,
                       @Schema(examples = "Israel") String name,
                       Region region,
                       Stance stance) {
    }
}
