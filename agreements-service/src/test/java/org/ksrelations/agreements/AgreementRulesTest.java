package org.ksrelations.agreements;

import org.ksrelations.kit.dates.DatePrecision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ksrelations.agreements.domain.AgreementStatus;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.kit.problem.Problem.FieldError;
import org.ksrelations.agreements.service.AgreementRules;
import org.ksrelations.agreements.service.AgreementRules.MilestoneFact;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.kit.dates.DatePrecision.DAY;
import static org.ksrelations.kit.dates.DatePrecision.MONTH;
import static org.ksrelations.kit.dates.DatePrecision.YEAR;

/** The business rules alone, without Quarkus or a database. */
class AgreementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static List<FieldError> check(AgreementStatus status, MilestoneFact... milestones) {
        return AgreementRules.check(status, d("2013-04-19"), DAY, null, null, List.of(milestones), "milestones", TODAY);
    }

    private static MilestoneFact m(String date, DatePrecision p, MilestoneType type) {
        return new MilestoneFact(date == null ? null : d(date), p, type);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /**
     * Each status with a milestone (or none: the type left empty) and whether that milestone bears the status out,
     * against a proposal on 19 April 2013. Dates compare at the coarser precision: a milestone "in April 2013" or
     * "in 2013" does not precede that proposal, one "in March 2013" or "in 2012" does.
     */
    @ParameterizedTest(name = "{0}: {1} with {4} {2} ({3}) is borne out: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            ratifiedNeedsARatifiedMilestone                          | RATIFIED            | 2013-06-28 | DAY   | RATIFIED             | true
            signedNeedsASignedRatifiedOrAdoptedMilestone             | SIGNED              | 2013-04-19 | DAY   | INITIALED            | false
            signedNeedsASignedRatifiedOrAdoptedMilestone             | SIGNED              | 2013-04-19 | DAY   | SIGNED               | true
            signedNeedsASignedRatifiedOrAdoptedMilestone             | SIGNED              | 2013-04-19 | DAY   | RATIFIED             | true
            signedNeedsASignedRatifiedOrAdoptedMilestone             | SIGNED              | 2013-04-19 | DAY   | ADOPTED              | true
            implementedNeedsAnImplementedMilestone                   | IMPLEMENTED         | 2014-01-01 | YEAR  | IMPLEMENTATION_BEGAN | false
            implementedNeedsAnImplementedMilestone                   | IMPLEMENTED         | 2014-01-01 | YEAR  | IMPLEMENTED          | true
            rejectedNeedsARejectedMilestone                          | REJECTED            | 2013-05-01 | MONTH | OTHER                | false
            rejectedNeedsARejectedMilestone                          | REJECTED            | 2013-05-01 | MONTH | REJECTED             | true
            initialedNeedsAnInitialedOrLaterMilestone                | INITIALED           | 2013-04-19 | DAY   | PROPOSED             | false
            initialedNeedsAnInitialedOrLaterMilestone                | INITIALED           |            |       |                      | false
            proposedNeedsNoMilestone                                 | PROPOSED            |            |       |                      | true
            inImplementationStalledAndSupersededNeedTheirMilestones  | IN_IMPLEMENTATION   | 2013-04-19 | DAY   | SIGNED               | false
            inImplementationStalledAndSupersededNeedTheirMilestones  | IN_IMPLEMENTATION   | 2013-12-01 | MONTH | IMPLEMENTATION_BEGAN | true
            inImplementationStalledAndSupersededNeedTheirMilestones  | STALLED             |            |       |                      | false
            inImplementationStalledAndSupersededNeedTheirMilestones  | STALLED             | 2017-01-01 | YEAR  | STALLED              | true
            inImplementationStalledAndSupersededNeedTheirMilestones  | SUPERSEDED          |            |       |                      | false
            inImplementationStalledAndSupersededNeedTheirMilestones  | SUPERSEDED          | 2017-01-01 | YEAR  | SUPERSEDED           | true
            anUndatedMilestoneStillBearsOutTheStatus                 | AGREED_IN_PRINCIPLE |            |       | AGREED_IN_PRINCIPLE  | true
            datesCompareAtTheCoarserPrecision                        | PROPOSED            | 2013-04-01 | MONTH | OTHER                | true
            datesCompareAtTheCoarserPrecision                        | PROPOSED            | 2013-01-01 | YEAR  | OTHER                | true
            datesCompareAtTheCoarserPrecision                        | PROPOSED            | 2013-03-01 | MONTH | OTHER                | false
            datesCompareAtTheCoarserPrecision                        | PROPOSED            | 2012-01-01 | YEAR  | OTHER                | false
            """)
    void aStatusIsBorneOutOnlyByItsMilestones(String behaviour, AgreementStatus status, String date,
                                              DatePrecision precision, MilestoneType type, boolean borneOut) {
        List<FieldError> errors = type == null ? check(status) : check(status, m(date, precision, type));
        assertEquals(borneOut, errors.isEmpty(), errors.toString());
    }

    @Test
    void ratifiedNeedsARatifiedMilestone() {
        assertEquals("status", check(AgreementStatus.RATIFIED, m("2013-04-19", DAY, MilestoneType.SIGNED)).get(0).field());
    }

    @Test
    void initialedNeedsAnInitialedOrLaterMilestone() {
        for (MilestoneType t : List.of(MilestoneType.INITIALED, MilestoneType.AGREED_IN_PRINCIPLE, MilestoneType.SIGNED,
                MilestoneType.RATIFIED, MilestoneType.ADOPTED, MilestoneType.IMPLEMENTATION_BEGAN, MilestoneType.IMPLEMENTED)) {
            assertTrue(check(AgreementStatus.INITIALED, m("2013-04-19", DAY, t)).isEmpty(), t.name());
        }
    }

    @Test
    void aMilestoneMayNotPrecedeTheProposal() {
        List<FieldError> errors = check(AgreementStatus.PROPOSED, m("2013-04-18", DAY, MilestoneType.OTHER));
        assertEquals(1, errors.size());
        assertEquals("milestones[0].date", errors.get(0).field());
        assertTrue(check(AgreementStatus.PROPOSED, m("2013-04-19", DAY, MilestoneType.OTHER)).isEmpty());
    }

    @Test
    void datesCompareAtTheCoarserPrecision() {
        assertEquals(0, AgreementRules.compareAtCoarser(d("2007-03-15"), DAY, d("2007-01-01"), YEAR));
        assertTrue(AgreementRules.compareAtCoarser(d("2007-01-15"), DAY, d("2007-02-01"), MONTH) < 0);
    }

    @Test
    void anUndatedMilestoneOrProposalIsNeverTooEarly() {
        assertTrue(check(AgreementStatus.PROPOSED, m(null, null, MilestoneType.OTHER)).isEmpty());
        assertTrue(AgreementRules.check(AgreementStatus.PROPOSED, null, null, null, null,
                List.of(m("1999-01-01", YEAR, MilestoneType.OTHER)), "milestones", TODAY).isEmpty());
    }

    @Test
    void concludedOnMayNotPrecedeProposedOn() {
        List<FieldError> errors = AgreementRules.check(AgreementStatus.PROPOSED, d("2013-04-19"), DAY,
                d("2013-04-18"), DAY, List.of(), "milestones", TODAY);
        assertEquals("concludedOn", errors.get(0).field());
        assertTrue(AgreementRules.check(AgreementStatus.PROPOSED, d("2013-04-19"), DAY,
                d("2013-01-01"), YEAR, List.of(), "milestones", TODAY).isEmpty());
    }

    @Test
    void aDateAndItsPrecisionGoTogetherAndMatch() {
        assertEquals("proposedOnPrecision", AgreementRules.datePair("proposedOn", d("2013-04-19"), null, TODAY).get(0).field());
        assertEquals("proposedOn", AgreementRules.datePair("proposedOn", null, DAY, TODAY).get(0).field());
        assertEquals("milestones[2].datePrecision",
                AgreementRules.datePair("milestones[2].date", d("2013-04-19"), null, TODAY).get(0).field());
        assertFalse(AgreementRules.datePair("date", d("2013-04-19"), MONTH, TODAY).isEmpty());
        assertFalse(AgreementRules.datePair("date", d("2013-04-01"), YEAR, TODAY).isEmpty());
        assertTrue(AgreementRules.datePair("date", d("2013-01-01"), YEAR, TODAY).isEmpty());
        assertFalse(AgreementRules.datePair("date", TODAY.plusDays(10), DAY, TODAY).isEmpty());
        assertTrue(AgreementRules.datePair("date", null, null, TODAY).isEmpty());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<FieldError> errors = AgreementRules.check(AgreementStatus.RATIFIED, d("2013-04-19"), DAY,
                d("2013-04-01"), DAY, List.of(m("2013-04-02", MONTH, MilestoneType.SIGNED)), "milestones", TODAY);
        assertEquals(List.of("concludedOn", "milestones[0].date", "status"),
                errors.stream().map(FieldError::field).toList());
    }
}
