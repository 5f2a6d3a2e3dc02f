package org.ksrelations.recognition.service;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.problem.Problem;

import org.junit.jupiter.api.Test;
import org.ksrelations.recognition.domain.ActType;
import org.ksrelations.recognition.domain.StanceRule;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The act rules in plain Java, no application. */
class ActRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final List<StanceRule.Step> RECOGNISED = List.of(new StanceRule.Step(ActType.RECOGNITION, LocalDate.of(2010, 5, 5), 0));

    private static List<String> fields(ActType t, String date, DatePrecision p, List<StanceRule.Step> others) {
        return ActRules.violations(t, date == null ? null : LocalDate.parse(date), p, others, TODAY).stream()
                .map(Problem.FieldError::field).toList();
    }

    @Test
    void aRecognitionOnOrAfterIndependenceIsValid() {
        assertEquals(List.of(), fields(ActType.RECOGNITION, "2008-02-17", DatePrecision.DAY, List.of()));
        assertEquals(List.of(), fields(ActType.RECOGNITION, "2008-01-01", DatePrecision.YEAR, List.of()));
        assertEquals(List.of(), fields(ActType.RECOGNITION, "2008-02-01", DatePrecision.MONTH, List.of()));
    }

    @Test
    void aRecognitionBeforeIndependenceIsRejected() {
        assertEquals(List.of("date"), fields(ActType.RECOGNITION, "2008-02-16", DatePrecision.DAY, List.of()));
        assertEquals(List.of("date"), fields(ActType.RECOGNITION_FORMALISED, "2008-01-01", DatePrecision.MONTH, List.of()));
        assertEquals(List.of("date"), fields(ActType.RECOGNITION, "2007-01-01", DatePrecision.YEAR, List.of()));
    }

    @Test
    void aDateInTheFutureIsRejected() {
        assertEquals(List.of("date"), fields(ActType.RECOGNITION, "2026-06-02", DatePrecision.DAY, List.of()));
        assertEquals(List.of(), fields(ActType.RECOGNITION, "2026-06-01", DatePrecision.DAY, List.of()));
    }

    @Test
    void thePrecisionMustFitTheDate() {
        assertEquals(List.of("date"), fields(ActType.RECOGNITION, "2010-05-15", DatePrecision.MONTH, List.of()));
        assertEquals(List.of("date"), fields(ActType.RECOGNITION, "2010-05-01", DatePrecision.YEAR, List.of()));
        assertEquals(List.of("datePrecision"), fields(ActType.RECOGNITION, "2010-05-01", null, List.of()));
        assertEquals(List.of("datePrecision"), fields(ActType.RECOGNITION, null, DatePrecision.DAY, List.of()));
        assertEquals(List.of(), fields(ActType.RECOGNITION, null, null, List.of()));
    }

    @Test
    void withdrawalsAndContestsNeedAnEarlierRecognition() {
        assertEquals(List.of("type"), fields(ActType.WITHDRAWAL_CLAIMED, "2019-01-01", DatePrecision.DAY, List.of()));
        assertEquals(List.of("type"), fields(ActType.RECOGNITION_CONTESTED, "2019-01-01", DatePrecision.DAY, List.of()));
        assertEquals(List.of("type"), fields(ActType.WITHDRAWAL_CLAIMED, "2009-01-01", DatePrecision.DAY, RECOGNISED));
        assertEquals(List.of(), fields(ActType.WITHDRAWAL_CLAIMED, "2019-01-01", DatePrecision.DAY, RECOGNISED));
    }

    @Test
    void aDenialNeedsAnEarlierClaimedWithdrawal() {
        assertEquals(List.of("type"), fields(ActType.WITHDRAWAL_DENIED, "2019-01-01", DatePrecision.DAY, RECOGNISED));
        List<StanceRule.Step> claimed = List.of(RECOGNISED.get(0),
                new StanceRule.Step(ActType.WITHDRAWAL_CLAIMED, LocalDate.of(2018, 6, 1), 1));
        assertEquals(List.of(), fields(ActType.WITHDRAWAL_DENIED, "2018-06-01", DatePrecision.MONTH, claimed));
    }

    @Test
    void everyBrokenRuleIsListed() {
        List<String> f = fields(ActType.WITHDRAWAL_DENIED, "2030-05-15", DatePrecision.MONTH, List.of());
        assertTrue(f.size() >= 4, f.toString());
    }
}
