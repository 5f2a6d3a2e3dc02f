package org.ksrelations.recognition.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.service.AsOf;

import java.time.LocalDate;
import java.util.List;

/** Every state's stance on a date. */
@Schema(name = "RecognitionsAsOf", description = "The stance of every state (matching the filters) on a date; only acts"
        + " dated on or before the date count, undated acts never do")
public record AsOfView(@Schema(examples = "2020-09-04") LocalDate date,
                       @Schema(description = "Number of listed states per stance") StanceCounts counts,
                       List<Item> items) {

    public static AsOfView of(AsOf a) {
        return new AsOfView(a.date(), StanceCounts.of(a.counts()), a.items().stream()
                .map(i -> new Item(i.code(), i.iso2(), i.name(), i.region(), i.stance())).toList());
    }

    @Schema(name = "StanceAsOf", description = "A state and its stance on the date")
    public record Item(@Schema(examples = "IL") String code,
                       @Schema(nullable = true, examples = "IL") String iso2,
                       @Schema(examples = "Israel") String name,
                       Region region,
                       Stance stance) {
    }
}
