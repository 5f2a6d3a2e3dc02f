package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.Stance;

import java.util.Map;

/** Number of states per stance (every stance present, zero included). */
@Schema(name = "StanceCounts", description = "Number of states per stance")
@JsonPropertyOrder({"RECOGNIZES", "WITHDRAWAL_CLAIMED", "DISPUTED", "DOES_NOT_RECOGNIZE"})
public record StanceCounts(
        @JsonProperty("RECOGNIZES") @Schema(description = "States whose last act is a recognition", examples = "102")
        long recognizes,
        @JsonProperty("WITHDRAWAL_CLAIMED") @Schema(description = "States whose last act is a withdrawal of recognition claimed by Serbia",
                examples = "14") long withdrawalClaimed,
        @JsonProperty("DISPUTED") @Schema(description = "States whose claimed withdrawal was denied, or whose recognition is contested",
                examples = "7") long disputed,
        @JsonProperty("DOES_NOT_RECOGNIZE") @Schema(description = "States with no recognition act", examples = "74")
        long doesNotRecognize) {

    public static StanceCounts of(Map<Stance, Long> m) {
        return new StanceCounts(m.getOrDefault(Stance.RECOGNIZES, 0L), m.getOrDefault(Stance.WITHDRAWAL_CLAIMED, 0L),
                m.getOrDefault(Stance.DISPUTED, 0L), m.getOrDefault(Stance.DOES_NOT_RECOGNIZE, 0L));
    }

    public long total() {
        return recognizes + withdrawalClaimed + disputed + doesNotRecognize;
    }
}
