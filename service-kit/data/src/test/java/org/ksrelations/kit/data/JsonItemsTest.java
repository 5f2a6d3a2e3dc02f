package org.ksrelations.kit.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.ksrelations.kit.api.SourceView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonItemsTest {

    private static final JsonItems ITEMS = new JsonItems().field("slug", "x.slug").field("date", "x.event_date")
            .field("title", "x.title");

    @Test
    void aProjectionKeepsTheViewsOrderWhateverOrderItWasAskedIn() {
        Set<String> asked = new LinkedHashSet<>(List.of("title", "slug"));
        assertEquals("(SELECT CAST(row_to_json(r) AS text) FROM (SELECT x.slug AS \"slug\", x.title AS \"title\""
                + " FROM event x WHERE x.id = e.id) r)", ITEMS.select(asked, "FROM event x WHERE x.id = e.id"));
    }

    @Test
    void noProjectionSelectsEveryField() {
        assertEquals("(SELECT CAST(row_to_json(r) AS text) FROM (SELECT x.slug AS \"slug\", x.event_date AS \"date\","
                + " x.title AS \"title\" FROM t x) r)", ITEMS.select(Set.of(), "FROM t x"));
    }

    @Test
    void onlyATwoLetterLanguageCodeIsEverWrittenIntoTheStatement() {
        assertEquals("coalesce(x.title ->> 'mk', x.title ->> 'en')", JsonItems.pick("x.title", "mk"));
        for (String bad : new String[]{"all", "e'", "EN", "en-GB", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> JsonItems.pick("x.title", bad), String.valueOf(bad));
            assertThrows(IllegalArgumentException.class, () -> JsonItems.served("x.title", bad), String.valueOf(bad));
        }
    }

    @Test
    void citationsAreWrittenWithTheFieldsJacksonWritesForASourceInItsOrder() throws Exception {
        SourceView source = new SourceView("t", "p", "https://example.org", LocalDate.of(2008, 2, 17),
                LocalDate.of(2024, 1, 1), "q");
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        List<String> jackson = new ArrayList<>();
        mapper.readTree(mapper.writeValueAsString(source)).fieldNames().forEachRemaining(jackson::add);
        List<String> sql = new ArrayList<>();
        Matcher alias = Pattern.compile("AS \"(\\w+)\"").matcher(JsonItems.citations("x.sources"));
        while (alias.find()) {
            sql.add(alias.group(1));
        }
        assertEquals(jackson, sql);
    }
}
