package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One state with all its acts. */
@Schema(name = "StateDetail", description = "A state with its recognition acts in order (date, undated last, then curated order)")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StateDetail(
        @Schema(examples = "IL") String code,
        @Schema(nullable = true, examples = "IL") String iso2,
        @Schema(nullable = true, examples = "ISR") String iso3,
        @Schema(examples = "Israel") String name,
        boolean unMember,
        Region region,
        Stance stance,
        @Schema(nullable = true, examples = "2020-09-04") LocalDate recognizedOn,
        @Schema(nullable = true) String note,
        @Schema(description = "Version of the state; increases with any change of the state or its acts (the ETag)")
        long version,
        OffsetDateTime updatedAt,
        List<ActView> acts) {
}
