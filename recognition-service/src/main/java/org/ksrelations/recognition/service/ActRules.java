package org.ksrelations.recognition.service;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import org.ksrelations.recognition.api.ActInput;
import org.ksrelations.recognition.domain.ActType;
import org.ksrelations.recognition.domain.Codes;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.StanceRule;
import org.ksrelations.recognition.domain.State;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an act must follow beyond its field constraints. The same rules check the editor's writes (422) and
 * the curated seed (reported at start).
 * <ul>
 *   <li>date and datePrecision come together (both null for an undated act); MONTH means the 1st, YEAR 1 January;</li>
 *   <li>no date in the future;</li>
 *   <li>a RECOGNITION or RECOGNITION_FORMALISED of the Republic of Kosovo cannot be dated before its declaration of
 *       independence, 2008-02-17 (the last day the precision allows counts: "2008", YEAR, is fine);</li>
 *   <li>WITHDRAWAL_CLAIMED, WITHDRAWAL_DENIED and RECOGNITION_CONTESTED only after a recognition of that state;
 *       WITHDRAWAL_DENIED only after a WITHDRAWAL_CLAIMED.</li>
 * </ul>
 */
@ApplicationScoped
public class ActRules {

    public static final LocalDate INDEPENDENCE = LocalDate.of(2008, 2, 17);

    /** 422 listing every broken rule of a new act of {@code s}. */
    public void check(State s, ActInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.state() != null) {
            String c = Codes.normalise(in.state());
            if (c == null || State.findByCode(c).isEmpty()) {
                errors.add(new Problem.FieldError("state", "unknown state code '" + cut(in.state()) + "'"));
            } else if (!c.equals(s.code)) {
                errors.add(new Problem.FieldError("state", "must be the state of the path ('" + s.code + "')"));
            }
        }
        if (in.dateBasis() != null && in.date() == null) {
            errors.add(new Problem.FieldError("dateBasis", "must be null when the date is unknown (null)"));
        }
        if (in.dateBasis() == org.ksrelations.kit.dates.DateBasis.INFERRED
                && (in.dateNote() == null || in.dateNote().isBlank())) {
            errors.add(new Problem.FieldError("dateNote", "is required when dateBasis is INFERRED"));
        }
        if (in.type() != null) {
            List<StanceRule.Step> others = s.acts.stream().map(RecognitionAct::step).toList();
            errors.addAll(violations(in.type(), in.date(), in.datePrecision(), others, today()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** 409 when removing an act would leave another act without the act it depends on. */
    public void checkRemaining(State s, List<RecognitionAct> remaining) {
        for (RecognitionAct a : remaining) {
            List<StanceRule.Step> others = remaining.stream().filter(x -> x != a).map(RecognitionAct::step).toList();
            List<Problem.FieldError> broken = dependencies(a.type, a.date, others);
            if (!broken.isEmpty()) {
                throw ProblemException.conflict("act '" + a.actId + "' depends on it: " + broken.get(0).message());
            }
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Every rule an act breaks, given the other acts of its state. */
    public static List<Problem.FieldError> violations(ActType type, LocalDate date, DatePrecision precision,
                                                      List<StanceRule.Step> others, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (date != null && precision == null) {
            errors.add(new Problem.FieldError("datePrecision", "is required with a date"));
        }
        if (date == null && precision != null) {
            errors.add(new Problem.FieldError("datePrecision", "must be null when the date is unknown (null)"));
        }
        if (date != null && precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            errors.add(new Problem.FieldError("date", "with MONTH precision must be the first of the month"));
        }
        if (date != null && precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
            errors.add(new Problem.FieldError("date", "with YEAR precision must be 1 January"));
        }
        if (date != null && date.isAfter(today)) {
            errors.add(new Problem.FieldError("date", "must not be in the future"));
        }
        if (date != null && type.isRecognition() && lastDay(date, precision).isBefore(INDEPENDENCE)) {
            errors.add(new Problem.FieldError("date", "a recognition of the Republic of Kosovo cannot be dated before"
                    + " its declaration of independence (" + INDEPENDENCE + ")"));
        }
        errors.addAll(dependencies(type, date, others));
        return errors;
    }

    /** Withdrawals and contests need an earlier recognition; a denial needs an earlier claimed withdrawal. */
    static List<Problem.FieldError> dependencies(ActType type, LocalDate date, List<StanceRule.Step> others) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean needsRecognition = type == ActType.WITHDRAWAL_CLAIMED || type == ActType.WITHDRAWAL_DENIED
                || type == ActType.RECOGNITION_CONTESTED;
        if (needsRecognition && others.stream().noneMatch(o -> o.type().isRecognition() && notAfter(o.date(), date))) {
            errors.add(new Problem.FieldError("type", type + " needs an earlier recognition by this state"));
        }
        if (type == ActType.WITHDRAWAL_DENIED
                && others.stream().noneMatch(o -> o.type() == ActType.WITHDRAWAL_CLAIMED && notAfter(o.date(), date))) {
            errors.add(new Problem.FieldError("type", "WITHDRAWAL_DENIED needs an earlier WITHDRAWAL_CLAIMED of this state"));
        }
        return errors;
    }

    /** Whether an act dated {@code earlier} can precede one dated {@code later} (unknown dates can). */
    private static boolean notAfter(LocalDate earlier, LocalDate later) {
        return earlier == null || later == null || !earlier.isAfter(later);
    }

    static LocalDate lastDay(LocalDate date, DatePrecision precision) {
        if (precision == DatePrecision.YEAR) {
            return date.withDayOfYear(date.lengthOfYear());
        }
        if (precision == DatePrecision.MONTH) {
            return date.withDayOfMonth(date.lengthOfMonth());
        }
        return date;
    }

    private static String cut(String s) {
        return s.length() > 20 ? s.substring(0, 20) : s;
    }
}
