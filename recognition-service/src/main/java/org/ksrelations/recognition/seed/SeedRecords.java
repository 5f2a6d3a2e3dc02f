package org.ksrelations.recognition.seed;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.SourceView;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ksrelations.recognition.domain.ActType;
import org.ksrelations.recognition.domain.MembershipEventType;
import org.ksrelations.recognition.domain.MembershipKind;
import org.ksrelations.recognition.domain.MembershipStatus;
import org.ksrelations.recognition.domain.Region;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The curated seed files' records (see /work/spec/seed-format.md), read strictly and validated. */
public final class SeedRecords {

    private SeedRecords() {
    }

    /** One row of {@code seed/states.json}. */
    public record SeededState(
            @NotNull @Pattern(regexp = "[A-Z]{2}|smom") String code,
            @Pattern(regexp = "[A-Z]{2}") String iso2,
            @Pattern(regexp = "[A-Z]{3}") String iso3,
            @NotNull @Size(min = 1, max = 200) String name,
            @NotNull Boolean unMember,
            @NotNull Region region,
            @Size(max = 2000) String note,
            @NotNull List<@Valid @NotNull SeedAct> acts) {
    }

    public record SeedAct(
            @NotNull ActType type,
            LocalDate date,
            DatePrecision datePrecision,
            org.ksrelations.kit.dates.DateBasis dateBasis,
            @Size(min = 1, max = 1000)
            String dateNote,
            @NotNull Boolean verified,
            @Size(max = 2000) String note,
            @NotEmpty List<@Valid @NotNull SourceView> sources) {
    }

    /** One record of {@code seed/memberships.json}. */
    public record SeedMembership(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = 120) String slug,
            @NotNull @Size(min = 1, max = 200) String organisation,
            @NotNull MembershipKind kind,
            @NotNull MembershipStatus status,
            @NotNull List<@Valid @NotNull SeedMembershipEvent> events,
            @NotNull Map<String, String> summary,
            @NotEmpty List<@Valid @NotNull SourceView> sources) {
    }

    public record SeedMembershipEvent(
            @NotNull LocalDate date,
            @NotNull DatePrecision datePrecision,
            @NotNull MembershipEventType type,
            @NotNull Map<String, String> description,
            @NotEmpty List<@Valid @NotNull SourceView> sources) {
    }
}
