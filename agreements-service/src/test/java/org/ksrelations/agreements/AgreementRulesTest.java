package org.ksrelations.agreements;

import org.ksrelations.kit.dates.DatePrecision;

import org.junit.jupiter.api.Test;
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

    @Test
    void ratifiedNeedsARatifiedMilestone() {
        assertEquals("status", check(AgreementStatus.RATIFIED, m("2013-04-19", DAY, MilestoneType.SIGNED)).get(0).field());
        assertTrue(check(AgreementStatus.RATIFIED, m("2013-06-28", DAY, MilestoneType.RATIFIED)).isEmpty());
    }

    @Test
    void signedNeedsASignedRatifiedOrAdoptedMilestone() {
        assertFalse(check(AgreementStatus.SIGNED, m("2013-04-19", DAY, MilestoneType.INITIALED)).isEmpty());
        assertTrue(check(AgreementStatus.SIGNED, m("2013-04-19", DAY, MilestoneType.SIGNED)).isEmpty());
        assertTrue(check(AgreementStatus.SIGNED, m("2013-04-19", DAY, MilestoneType.RATIFIED)).isEmpty());
        assertTrue(check(AgreementStatus.SIGNED, m("2013-04-19", DAY, MilestoneType.ADOPTED)).isEmpty());
    }

    @Test
    void implementedNeedsAnImplementedMilestone() {
        assertFalse(check(AgreementStatus.IMPLEMENTED, m("2014-01-01", YEAR, MilestoneType.IMPLEMENTATION_BEGAN)).isEmpty());
        assertTrue(check(AgreementStatus.IMPLEMENTED, m("2014-01-01", YEAR, MilestoneType.IMPLEMENTED)).isEmpty());
    }

    @Test
    void rejectedNeedsARejectedMilestone() {
        assertFalse(check(AgreementStatus.REJECTED, m("2013-05-01", MONTH, MilestoneType.OTHER)).isEmpty());
        assertTrue(check(AgreementStatus.REJECTED, m("2013-05-01", MONTH, MilestoneType.REJECTED)).isEmpty());
    }

    @Test
    void initialedNeedsAnInitialedOrLaterMilestone() {
        assertFalse(check(AgreementStatus.INITIALED, m("2013-04-19", DAY, MilestoneType.PROPOSED)).isEmpty());
        assertFalse(check(AgreementStatus.INITIALED).isEmpty());
        for (MilestoneType t : List.of(MilestoneType.INITIALED, MilestoneType.AGREED_IN_PRINCIPLE, MilestoneType.SIGNED,
                MilestoneType.RATIFIED, MilestoneType.ADOPTED, MilestoneType.IMPLEMENTATION_BEGAN, MilestoneType.IMPLEMENTED)) {
            assertTrue(check(AgreementStatus.INITIALED, m("2013-04-19", DAY, t)).isEmpty(), t.name());
        }
    }

    @Test
    void proposedNeedsNoMilestone() {
        assertTrue(check(AgreementStatus.PROPOSED).isEmpty());
    }

    @Test
    void inImplementationStalledAndSupersededNeedTheirMilestones() {
        assertFalse(check(AgreementStatus.IN_IMPLEMENTATION, m("2013-04-19", DAY, MilestoneType.SIGNED)).isEmpty());
        assertTrue(check(AgreementStatus.IN_IMPLEMENTATION, m("2013-12-01", MONTH, MilestoneType.IMPLEMENTATION_BEGAN)).isEmpty());
        assertFalse(check(AgreementStatus.STALLED).isEmpty());
        assertTrue(check(AgreementStatus.STALLED, m("2017-01-01", YEAR, MilestoneType.STALLED)).isEmpty());
        assertFalse(check(AgreementStatus.SUPERSEDED).isEmpty());
        assertTrue(check(AgreementStatus.SUPERSEDED, m("2017-01-01", YEAR, MilestoneType.SUPERSEDED)).isEmpty());
    }

    @Test
    void anUndatedMilestoneStillBearsOutTheStatus() {
        assertTrue(check(AgreementStatus.AGREED_IN_PRINCIPLE, m(null, null, MilestoneType.AGREED_IN_PRINCIPLE)).isEmpty());
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
        // a milestone "in April 2013" does not precede a proposal on 19 April 2013
        assertTrue(check(AgreementStatus.PROPOSED, m("2013-04-01", MONTH, MilestoneType.OTHER)).isEmpty());
        // nor one "in 2013"
        assertTrue(check(AgreementStatus.PROPOSED, m("2013-01-01", YEAR, MilestoneType.OTHER)).isEmpty());
        // but one "in March 2013" does
        assertFalse(check(AgreementStatus.PROPOSED, m("2013-03-01", MONTH, MilestoneType.OTHER)).isEmpty());
        // and one "in 2012"
        assertFalse(check(AgreementStatus.PROPOSED, m("2012-01-01", YEAR, MilestoneType.OTHER)).isEmpty());
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
