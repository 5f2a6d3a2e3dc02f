package org.ksrelations.kit.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a CSV cell becomes (issue 16): formulas neutralised, numbers kept, RFC 4180 quoting; download names. */
class CsvCellsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", ListResponses.quote("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd", ListResponses.quote("+cmd"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", ListResponses.quote("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", ListResponses.quote("@SUM(A1)"));
        assertEquals("'\tx", ListResponses.quote("\tx"));
        assertEquals("\"'\rx\"", ListResponses.quote("\rx"));
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("-12.5", ListResponses.quote("-12.5"));
        assertEquals("+3", ListResponses.quote("+3"));
        assertEquals("1e-3", ListResponses.quote("1e-3"));
        assertEquals("Brussels", ListResponses.quote("Brussels"));
        assertEquals("\"a, b\"", ListResponses.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ListResponses.quote("say \"hi\""));
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
