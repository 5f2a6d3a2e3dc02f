package org.ksrelations.recognition.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ksrelations.recognition.domain.ActType.RECOGNITION;
import static org.ksrelations.recognition.domain.ActType.RECOGNITION_CONTESTED;
import static org.ksrelations.recognition.domain.ActType.RECOGNITION_FORMALISED;
import static org.ksrelations.recognition.domain.ActType.WITHDRAWAL_CLAIMED;
import static org.ksrelations.recognition.domain.ActType.WITHDRAWAL_DENIED;

/** The stance rule in plain Java, no application. */
class StanceRuleTest {

    private static StanceRule.Step step(ActType type, String date, int seq) {
        return new StanceRule.Step(type, date == null ? null : LocalDate.parse(date), seq);
    }

    @Test
    void noActsMeansDoesNotRecognize() {
        assertEquals(Stance.DOES_NOT_RECOGNIZE, StanceRule.current(List.of()));
        assertEquals(Stance.DOES_NOT_RECOGNIZE, StanceRule.asOf(List.of(), LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aRecognitionOrAFormalisedRecognitionMeansRecognizes() {
        assertEquals(Stance.RECOGNIZES, StanceRule.current(List.of(step(RECOGNITION, "2008-02-18", 0))));
        assertEquals(Stance.RECOGNIZES, StanceRule.current(List.of(step(RECOGNITION_FORMALISED, "2021-02-01", 0))));
        assertEquals(Stance.RECOGNIZES, StanceRule.current(List.of(step(RECOGNITION, "2020-09-04", 0),
                step(RECOGNITION_FORMALISED, "2021-02-01", 1))));
    }

    /** One history each, and the current stance it leads to. */
    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("aClaimedWithdrawalAfterARecognitionMeansWithdrawalClaimed", Stance.WITHDRAWAL_CLAIMED,
                        List.of(step(RECOGNITION, "2008-03-01", 0), step(WITHDRAWAL_CLAIMED, "2018-01-01", 1))),
                Arguments.of("aDeniedWithdrawalMeansDisputed", Stance.DISPUTED,
                        List.of(step(RECOGNITION, "2011-01-10", 0), step(WITHDRAWAL_CLAIMED, "2017-11-21", 1),
                                step(WITHDRAWAL_DENIED, "2018-01-30", 2))),
                Arguments.of("aContestedRecognitionMeansDisputed", Stance.DISPUTED,
                        List.of(step(RECOGNITION, "2011-01-01", 0), step(RECOGNITION_CONTESTED, "2017-11-01", 1))),
                Arguments.of("aNewRecognitionAfterAWithdrawalMeansRecognizesAgain", Stance.RECOGNIZES,
                        List.of(step(RECOGNITION, "2008-03-01", 0), step(WITHDRAWAL_CLAIMED, "2018-01-01", 1),
                                step(RECOGNITION, "2020-05-05", 2))),
                Arguments.of("actsAreOrderedByDateNotByTheirPositionInTheList", Stance.WITHDRAWAL_CLAIMED,
                        List.of(step(WITHDRAWAL_CLAIMED, "2019-01-01", 5), step(RECOGNITION, "2009-01-01", 9))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aHistoryLeadsToItsCurrentStance(String behaviour, Stance expected, List<StanceRule.Step> history) {
        assertEquals(expected, StanceRule.current(history));
    }

    @Test
    void actsOnTheSameDateAreOrderedByTheirCuratedSeq() {
        assertEquals(Stance.DISPUTED, StanceRule.current(List.of(step(RECOGNITION, "2008-05-30", 0),
                step(WITHDRAWAL_DENIED, "2018-06-01", 2), step(WITHDRAWAL_CLAIMED, "2018-06-01", 1))));
        assertEquals(Stance.WITHDRAWAL_CLAIMED, StanceRule.current(List.of(step(RECOGNITION, "2008-05-30", 0),
                step(WITHDRAWAL_DENIED, "2018-06-01", 1), step(WITHDRAWAL_CLAIMED, "2018-06-01", 2))));
    }

    @Test
    void undatedActsCountLastForTheCurrentStance() {
        List<StanceRule.Step> jamaica = List.of(step(RECOGNITION_CONTESTED, null, 1), step(RECOGNITION, "2020-02-01", 0));
        assertEquals(Stance.DISPUTED, StanceRule.current(jamaica));
        assertEquals(Stance.RECOGNIZES, StanceRule.current(List.of(step(RECOGNITION, null, 0))));
    }

    @Test
    void undatedActsNeverCountAsOfADate() {
        List<StanceRule.Step> jamaica = List.of(step(RECOGNITION, "2020-02-01", 0), step(RECOGNITION_CONTESTED, null, 1));
        assertEquals(Stance.RECOGNIZES, StanceRule.asOf(jamaica, LocalDate.of(2030, 1, 1)));
        assertEquals(Stance.DOES_NOT_RECOGNIZE, StanceRule.asOf(List.of(step(RECOGNITION, null, 0)), LocalDate.of(2030, 1, 1)));
    }

    @Test
    void asOfCountsActsOnTheDateItselfButNotAfter() {
        List<StanceRule.Step> gw = List.of(step(RECOGNITION, "2011-01-10", 0), step(WITHDRAWAL_CLAIMED, "2017-11-21", 1),
                step(WITHDRAWAL_DENIED, "2018-01-30", 2));
        assertEquals(Stance.DOES_NOT_RECOGNIZE, StanceRule.asOf(gw, LocalDate.of(2011, 1, 9)));
        assertEquals(Stance.RECOGNIZES, StanceRule.asOf(gw, LocalDate.of(2011, 1, 10)));
        assertEquals(Stance.RECOGNIZES, StanceRule.asOf(gw, LocalDate.of(2017, 11, 20)));
        assertEquals(Stance.WITHDRAWAL_CLAIMED, StanceRule.asOf(gw, LocalDate.of(2017, 11, 21)));
        assertEquals(Stance.WITHDRAWAL_CLAIMED, StanceRule.asOf(gw, LocalDate.of(2018, 1, 29)));
        assertEquals(Stance.DISPUTED, StanceRule.asOf(gw, LocalDate.of(2018, 1, 30)));
    }

    @Test
    void asOfNeedsADate() {
        assertThrows(IllegalArgumentException.class, () -> StanceRule.asOf(List.of(), null));
    }

    @Test
    void everyActTypeChangesTheStance() {
        for (ActType t : ActType.values()) {
            assertEquals(t.effect(), StanceRule.current(List.of(step(RECOGNITION, "2008-03-01", 0), step(t, "2019-01-01", 1))));
        }
    }
}
