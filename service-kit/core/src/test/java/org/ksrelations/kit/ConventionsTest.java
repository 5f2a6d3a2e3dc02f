package org.ksrelations.kit;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Unit tests of the kit's pure logic (no Quarkus, no database). */
class ConventionsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mergePatchFollowsRfc7396() throws Exception {
        JsonNode target = mapper.readTree("{\"a\":\"b\",\"c\":{\"d\":\"e\",\"f\":\"g\"}}");
        JsonNode patch = mapper.readTree("{\"a\":\"z\",\"c\":{\"f\":null}}");
        assertEquals(mapper.readTree("{\"a\":\"z\",\"c\":{\"d\":\"e\"}}"), MergePatch.apply(target, patch));
        assertEquals(mapper.readTree("[1]"), MergePatch.apply(target, mapper.readTree("[1]")));
    }

    @Test
    void cursorRoundTripsAndRejectsForgeries() {
        Cursor c = new Cursor("date", "2013-04-19", "x-y", null);
        assertEquals(c, Cursor.decode(c.encode(), "date"));
        Cursor r = new Cursor("relevance", null, "slug", (double) 0.0607927f);
        assertEquals(r, Cursor.decode(r.encode(), "relevance"));
        assertEquals(0.0607927f, Cursor.decode(r.encode(), "relevance").rank());
        assertThrows(ProblemException.class, () -> Cursor.decode("bm90IGpzb24", "date"));
        assertThrows(ProblemException.class, () -> Cursor.decode(c.encode(), "-date"));
    }

    @Test
    void langPicksTheLanguageOrFallsBackToEnglish() {
        Map<String, String> text = Map.of("en", "Independence", "mk", "Независност");
        assertEquals("Независност", new Lang("mk").pick(text));
        assertEquals("Independence", new Lang("sq").pick(text));
        assertEquals(text, Lang.ALL.pick(text));
        assertEquals("en", new Lang("sq").served(text));
    }

    @Test
    void datesAcceptYearAndMonthShorthands() {
        assertEquals(LocalDate.of(2013, 1, 1), Params.date("from", "2013"));
        assertEquals(LocalDate.of(2013, 12, 31), Params.dateEnd("to", "2013"));
        assertEquals(LocalDate.of(2012, 2, 29), Params.dateEnd("to", "2012-02"));
        assertThrows(ProblemException.class, () -> Params.date("from", "2013-02-30"));
    }

    @Test
    void ifMatchAcceptsQuotedWeakAndStarButNotStaleVersions() {
        assertEquals(3, Params.ifMatch("\"3\"", 3));
        assertEquals(3, Params.ifMatch("W/\"3\"", 3));
        assertEquals(Params.ANY_VERSION, Params.ifMatch("*", 3));
        Params.checkVersion("event", "x", Params.ANY_VERSION, 7);
        assertThrows(ProblemException.class, () -> Params.checkVersion("event", "x", 6, 7));
        assertThrows(ProblemException.class, () -> Params.ifMatch("\"2\"", 3));
        assertThrows(ProblemException.class, () -> Params.ifMatch(null, 3));
    }
}
