package org.ksrelations.kit.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a CSV cell becomes (issue 16): formulas neutralised, numbers kept, RFC 4180 quoting; download names. */
class CsvCellsTest {

    /** A cell as written and as it stands in the CSV, with the behaviour it shows. */
    static Stream<Arguments> cells() {
        String formula = "cellsThatASpreadsheetWouldRunAsAFormulaStartWithAQuote";
        String plain = "plainNumbersAndOrdinaryTextStayAsTheyAre";
        return Stream.of(
                Arguments.of(formula, "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
                Arguments.of(formula, "+cmd", "'+cmd"),
                Arguments.of(formula, "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
                Arguments.of(formula, "@SUM(A1)", "'@SUM(A1)"),
                Arguments.of(formula, "\tx", "'\tx"),
                Arguments.of(formula, "\rx", "\"'\rx\""),
                Arguments.of(plain, "-12.5", "-12.5"),
                Arguments.of(plain, "+3", "+3"),
                Arguments.of(plain, "1e-3", "1e-3"),
                Arguments.of(plain, "Brussels", "Brussels"),
                Arguments.of(plain, "a, b", "\"a, b\""),
                Arguments.of(plain, "say \"hi\"", "\"say \"\"hi\"\"\""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cells")
    void aCellIsWrittenSoASpreadsheetShowsItAsText(String behaviour, String cell, String written) {
        assertEquals(written, ListResponses.quote(cell));
    }

    @Test
    void theDownloadIsNamedByTheListsPathAndTheDatasetVersion() {
        assertEquals("events-2026.11.1.csv", ListResponses.fileName("/api/v1/events", "2026.11.1"));
        assertEquals("agreements-milestones-1.csv", ListResponses.fileName("api/v1/agreements/milestones", "1"));
        assertEquals("agreements-2013-04-19-brussels-agreement-provisions-1.csv",
                ListResponses.fileName("/api/v1/agreements/2013-04-19-brussels-agreement/provisions/", "1"));
        assertEquals("recognitions-as-of-2012-06-30-1.csv", ListResponses.fileName("/api/v1/recognitions/as-of/2012-06-30", "1"));
        assertEquals("x_y-1_2.csv", ListResponses.fileName("/api/v1/x\"y", "1/2"));
    }
}
