package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.State;

import java.time.LocalDate;

/**
 * What a state is and where it stands, wherever a state is served ({@link StateView}, {@link StateDetail}). Written
 * unwrapped, as the first properties of the view that holds it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StateFacts(
        @Schema(description = "Public id: ISO 3166-1 alpha-2, or 'smom' for the Sovereign Military Order of Malta",
                examples = "IL") String code,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2 code; null for an entity without one", examples = "IL") String iso2,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-3 code; null for an entity without one", examples = "ISR") String iso3,
        @Schema(description = "Short English name of the state or entity", examples = "Israel") String name,
        @Schema(description = "Member of the United Nations") boolean unMember,
        @Schema(description = "UN geoscheme region (continent)") Region region,
        @Schema(description = "Current stance, derived from the acts (undated acts count, after the dated ones)")
        Stance stance,
        @Schema(nullable = true, description = "Date of the first dated recognition act, if any", examples = "2020-09-04")
        LocalDate recognizedOn,
        @Schema(nullable = true, description = "Curator's note on the sources") String note) {

    static StateFacts of(State s, Stance stance, LocalDate recognizedOn) {
        return new StateFacts(s.code, s.iso2, s.iso3, s.name, s.unMember, s.region, stance, recognizedOn, s.note);
    }
}
