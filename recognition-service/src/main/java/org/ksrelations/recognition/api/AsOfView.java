package org.ksrelations.recognition.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.service.AsOf;

import java.time.LocalDate;
import java.util.List;

/** Every state's stance on a date. */
@Schema(name = "RecognitionsAsOf", description = "The stance of every state (matching the filters) on a date; only acts"
        + " dated on or before the date count, undated acts never do: undatedActs and undatedStates say which were left out")
public record AsOfView(@Schema(description = "The date the stances are computed for (ISO-8601)", examples = "2020-09-04") LocalDate date,
                       @Schema(description = "Number of listed states per stance, every entity of the list included"
                               + " (UN members and others such as Taiwan, the Cook Islands, Niue, the Order of Malta)")
                       StanceCounts counts,
                       @Schema(description = "Number of listed UN member states per stance (the figure usually quoted)")
                       StanceCounts unMemberCounts,
                       @Schema(description = "Acts of the listed states that have no date and so could not be placed"
                               + " on the date (they count for the current stance only)", examples = "5")
                       long undatedActs,
                       @Schema(description = "Codes of the listed states with at least one undated act", examples = "[\"GN\"]")
                       List<String> undatedStates,
                       @Schema(description = "Every listed state with its stance on the date") List<Item> items) {

    public static AsOfView of(AsOf a) {
        return new AsOfView(a.date(), StanceCounts.of(a.counts()), StanceCounts.of(a.unMemberCounts()), a.undatedActs(),
                List.copyOf(a.undatedStates()), a.items().stream()
                .map(i -> new Item(i.code(), i.iso2(), i.name(), i.region(), i.unMember(), i.stance())).toList());
    }

    @Schema(name = "StanceAsOf", description = "A state and its stance on the date")
    public record Item(@Schema(description = "Public id: ISO 3166-1 alpha-2, or 'smom' for the Sovereign Military Order of Malta",
                               examples = "IL") String code,
                       @Schema(nullable = true, description = "ISO 3166-1 alpha-2 code; null for an entity without one", examples = "IL")
                       String iso2,
                       @Schema(description = "Short English name of the state or entity", examples = "Israel") String name,
                       @Schema(description = "UN geoscheme region (continent)") Region region,
                       @Schema(description = "Whether the state is a member of the United Nations") boolean unMember,
                       @Schema(description = "The stance on the date, from the acts dated on or before it") Stance stance) {
    }
}
