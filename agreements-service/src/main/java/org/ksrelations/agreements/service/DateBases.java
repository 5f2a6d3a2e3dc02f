package org.ksrelations.agreements.service;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.problem.Problem;

import java.util.List;

/** The rule of {@link DateBasis} (issue 18): STATED when not given; INFERRED needs a note saying how. */
final class DateBases {

    private DateBases() {
    }

    static DateBasis orStated(DateBasis b) {
        return b == null ? DateBasis.STATED : b;
    }

    static void check(List<Problem.FieldError> errors, String prefix, DateBasis basis, String note) {
        if (basis == DateBasis.INFERRED && (note == null || note.isBlank())) {
            errors.add(new Problem.FieldError(prefix + "dateNote", "is required when dateBasis is INFERRED"));
        }
    }
}
