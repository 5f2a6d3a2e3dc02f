package org.ksrelations.agreements.service;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.agreements.domain.AgreementStatus;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.kit.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The business rules of an agreement, free of any database: checked on every write and over the seed at start.
 * <ul>
 * <li>the status must be borne out by a milestone ({@link #evidenceFor}): RATIFIED needs a RATIFIED milestone, SIGNED a
 * SIGNED, RATIFIED or ADOPTED one, INITIALED an INITIALED or later one, …;</li>
 * <li>no milestone precedes proposedOn, and concludedOn does not precede proposedOn, comparing two dates at the coarser
 * of their precisions (a milestone "in 2007" does not precede a proposal "in February 2007");</li>
 * <li>a date and its precision are given together; a MONTH date is the 1st, a YEAR date 1 January; no future date.</li>
 * </ul>
 */
public final class AgreementRules {

    /** The fact of a milestone the rules look at. */
    public record MilestoneFact(LocalDate date, DatePrecision precision, MilestoneType type) {
    }

    private static final Set<MilestoneType> INITIALED_OR_LATER = EnumSet.of(MilestoneType.INITIALED,
            MilestoneType.AGREED_IN_PRINCIPLE, MilestoneType.SIGNED, MilestoneType.RATIFIED, MilestoneType.ADOPTED,
            MilestoneType.IMPLEMENTATION_BEGAN, MilestoneType.IMPLEMENTED);

    private AgreementRules() {
    }

    /** The milestone types of which one must exist for this status; empty when the status needs none (PROPOSED). */
    public static Set<MilestoneType> evidenceFor(AgreementStatus status) {
        return switch (status) {
            case PROPOSED -> EnumSet.noneOf(MilestoneType.class);
            case INITIALED -> INITIALED_OR_LATER;
            case AGREED_IN_PRINCIPLE -> EnumSet.of(MilestoneType.AGREED_IN_PRINCIPLE, MilestoneType.SIGNED,
                    MilestoneType.RATIFIED, MilestoneType.ADOPTED, MilestoneType.IMPLEMENTATION_BEGAN,
                    MilestoneType.IMPLEMENTED);
            case SIGNED -> EnumSet.of(MilestoneType.SIGNED, MilestoneType.RATIFIED, MilestoneType.ADOPTED);
            case RATIFIED -> EnumSet.of(MilestoneType.RATIFIED);
            case IN_IMPLEMENTATION -> EnumSet.of(MilestoneType.IMPLEMENTATION_BEGAN, MilestoneType.IMPLEMENTED);
            case IMPLEMENTED -> EnumSet.of(MilestoneType.IMPLEMENTED);
            case STALLED -> EnumSet.of(MilestoneType.STALLED);
            case REJECTED -> EnumSet.of(MilestoneType.REJECTED);
            case SUPERSEDED -> EnumSet.of(MilestoneType.SUPERSEDED);
        };
    }

    /** Every violated rule, as field errors; {@code milestoneField} names the milestone list ("milestones"). */
    public static List<FieldError> check(AgreementStatus status, LocalDate proposedOn, DatePrecision proposedOnPrecision,
                                         LocalDate concludedOn, DatePrecision concludedOnPrecision,
                                         List<MilestoneFact> milestones, String milestoneField, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(datePair("proposedOn", proposedOn, proposedOnPrecision, today));
        errors.addAll(datePair("concludedOn", concludedOn, concludedOnPrecision, today));
        if (proposedOn != null && proposedOnPrecision != null && concludedOn != null && concludedOnPrecision != null
                && compareAtCoarser(concludedOn, concludedOnPrecision, proposedOn, proposedOnPrecision) < 0) {
            errors.add(new FieldError("concludedOn", "must not precede proposedOn (" + proposedOn + ")"));
        }
        List<MilestoneFact> list = milestones == null ? List.of() : milestones;
        for (int i = 0; i < list.size(); i++) {
            MilestoneFact m = list.get(i);
            if (m == null) {
                continue;
            }
            String field = milestoneField + "[" + i + "].date";
            errors.addAll(datePair(field, m.date(), m.precision(), today));
            if (precedesProposal(m, proposedOn, proposedOnPrecision)) {
                errors.add(new FieldError(field, "must not precede the agreement's proposedOn (" + proposedOn + ")"));
            }
        }
        if (status != null) {
            errors.addAll(statusConsistency(status, list.stream().filter(m -> m != null && m.type() != null)
                    .map(MilestoneFact::type).toList()));
        }
        return errors;
    }

    /** Whether a milestone's date precedes the proposal date (at the coarser precision of the two). */
    public static boolean precedesProposal(MilestoneFact m, LocalDate proposedOn, DatePrecision proposedOnPrecision) {
        return m.date() != null && m.precision() != null && proposedOn != null && proposedOnPrecision != null
                && compareAtCoarser(m.date(), m.precision(), proposedOn, proposedOnPrecision) < 0;
    }

    /** The status rule alone: one milestone of {@link #evidenceFor} must exist. */
    public static List<FieldError> statusConsistency(AgreementStatus status, List<MilestoneType> types) {
        Set<MilestoneType> needed = evidenceFor(status);
        if (needed.isEmpty() || types.stream().anyMatch(needed::contains)) {
            return List.of();
        }
        return List.of(new FieldError("status", status + " needs a " + describe(needed) + " milestone"));
    }

    /**
     * Compares two historical dates at the coarser of their precisions: 2007-01-15 (DAY) vs 2007-02-01 (MONTH) compare
     * as 2007-01 vs 2007-02; 2007-03-01 (DAY) vs 2007-01-01 (YEAR) compare as 2007 vs 2007 (equal).
     */
    public static int compareAtCoarser(LocalDate a, DatePrecision pa, LocalDate b, DatePrecision pb) {
        DatePrecision coarser = pa.ordinal() >= pb.ordinal() ? pa : pb;
        return truncate(a, coarser).compareTo(truncate(b, coarser));
    }

    static LocalDate truncate(LocalDate d, DatePrecision p) {
        return switch (p) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** A date and its precision: both or neither; MONTH on the 1st, YEAR on 1 January; not in the future. */
    public static List<FieldError> datePair(String field, LocalDate date, DatePrecision precision, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null && precision != null) {
            errors.add(new FieldError(field, "is needed when " + precisionField(field) + " is given"));
        } else if (date != null && precision == null) {
            errors.add(new FieldError(precisionField(field), "is needed when " + field + " is given"));
        } else if (date != null) {
            if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
                errors.add(new FieldError(field, "with MONTH precision must be the first of the month"));
            }
            if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
                errors.add(new FieldError(field, "with YEAR precision must be 1 January"));
            }
            if (today != null && date.isAfter(today.plusDays(1))) {
                errors.add(new FieldError(field, "must not be in the future"));
            }
            if (date.getYear() < 1800) {
                errors.add(new FieldError(field, "must be after the year 1800"));
            }
        }
        return errors;
    }

    static String precisionField(String dateField) {
        return dateField.endsWith(".date") ? dateField.substring(0, dateField.length() - 5) + ".datePrecision"
                : dateField.equals("date") ? "datePrecision" : dateField + "Precision";
    }

    static String describe(Set<MilestoneType> types) {
        List<String> names = types.stream().map(Enum::name).collect(Collectors.toList());
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
