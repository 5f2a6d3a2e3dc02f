package org.ksrelations.recognition.api;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.recognition.domain.MembershipEventType;
import org.ksrelations.recognition.domain.MembershipKind;
import org.ksrelations.recognition.domain.MembershipStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Membership", description = "Kosovo's membership of, or application to, an international organisation")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MembershipView(
        @Schema(examples = "interpol") String slug,
        @Schema(examples = "Interpol") String organisation,
        MembershipKind kind,
        MembershipStatus status,
        @Schema(description = "Summary in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString") Object summary,
        @Schema(description = "The language the texts are served in (null with lang=all)", nullable = true, examples = "en")
        String lang,
        List<Event> events,
        List<SourceView> sources,
        OffsetDateTime updatedAt) {

    @Schema(name = "MembershipEvent", description = "A dated step: an application, a rejection, an admission, ...")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Event(@Schema(examples = "2018-11-01") LocalDate date, DatePrecision datePrecision,
                        MembershipEventType type,
                        @Schema(ref = "LocalizedString") Object description,
                        List<SourceView> sources) {
    }
}
