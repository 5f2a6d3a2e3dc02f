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
        @Schema(description = "Stable public identifier of the membership", examples = "interpol") String slug,
        @Schema(description = "Name of the organisation", examples = "Interpol") String organisation,
        @Schema(description = "What kind of organisation it is (UN agency, regional organisation, sports body, ...)") MembershipKind kind,
        @Schema(description = "Where Kosovo stands with it now: member, applied, rejected, candidate, ...") MembershipStatus status,
        @Schema(description = "Summary in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString") Object summary,
        @Schema(description = "The language the texts are served in (null with lang=all)", nullable = true, examples = "en")
        String lang,
        @Schema(description = "The dated steps (applications, rejections, admissions, ...), by date") List<Event> events,
        @Schema(description = "The citations the record rests on") List<SourceView> sources,
        @Schema(description = "When the record last changed (ISO-8601 date-time with offset)") OffsetDateTime updatedAt) {

    @Schema(name = "MembershipEvent", description = "A dated step: an application, a rejection, an admission, ...")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Event(@Schema(description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month or year",
                                examples = "2018-11-01") LocalDate date,
                        @Schema(description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January)") DatePrecision datePrecision,
                        @Schema(description = "What happened: an application, its rejection, an admission, ...") MembershipEventType type,
                        @Schema(ref = "LocalizedString",
                                description = "What happened, in the requested language (string), or every language (object) with lang=all")
                        Object description,
                        @Schema(description = "The citations the step rests on") List<SourceView> sources) {
    }
}
