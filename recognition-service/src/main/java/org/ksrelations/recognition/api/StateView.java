package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A state as the lists serve it. */
@Schema(name = "State", description = "A state or entity and its stance towards the Republic of Kosovo (derived from its acts)")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StateView(
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
        @Schema(nullable = true, description = "Curator's note on the sources") String note,
        @Schema(description = "When the state or one of its acts last changed (ISO-8601 date-time with offset)") OffsetDateTime updatedAt) {
}
