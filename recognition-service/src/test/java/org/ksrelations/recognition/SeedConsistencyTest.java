package org.ksrelations.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.SeedDocuments;
import org.ksrelations.testing.SeedRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, step 6: the curated states, recognition acts and memberships against themselves and the seed documents —
 * pure JUnit over the files, no database. (The acts against {@code ../shared/data/recognitions.csv} are
 * {@link SeedFactsTest}'s.) Recognition records have no dated slugs and no links to the other services.
 */
class SeedConsistencyTest {

    static final Path SEED = Path.of("src", "main", "resources", "seed");

    static JsonNode states;
    static JsonNode memberships;
    static SeedDocuments documents;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        states = json.readTree(SEED.resolve("states.json").toFile());
        memberships = json.readTree(SEED.resolve("memberships.json").toFile());
        assertTrue(states.size() > 190 && memberships.size() > 0, "the recognition seed was read");
        documents = SeedDocuments.load();
    }

    @Test
    void everyDateIsConsistentWithItsPrecisionAndEveryActIsCited() {
        List<String> wrong = new ArrayList<>();
        int quotes = 0;
        for (JsonNode s : states) {
            Set<String> acts = new HashSet<>();
            for (JsonNode a : s.path("acts")) {
                String what = s.path("code").asText() + " " + a.path("type").asText() + " " + a.path("date").asText("undated");
                String p = SeedDocuments.precisionProblem(SeedRecords.date(a.get("date")), a.path("datePrecision").asText(null));
                if (p != null) {
                    wrong.add(what + ": " + p);
                }
                if (!acts.add(what)) {
                    wrong.add(what + ": twice");
                }
                quotes += SeedRecords.cited(documents, what, a.path("sources"), wrong);
            }
        }
        quotes += SeedRecords.eachCited(documents, memberships, wrong);
        for (JsonNode m : memberships) {
            String slug = m.path("slug").asText();
            Set<String> seen = new HashSet<>();
            for (JsonNode e : m.path("events")) {
                String what = slug + " " + e.path("date").asText("undated") + " " + e.path("type").asText();
                String p = SeedDocuments.precisionProblem(SeedRecords.date(e.get("date")), e.path("datePrecision").asText(null));
                if (p != null) {
                    wrong.add(what + ": " + p);
                }
                if (!seen.add(what + " " + e.path("description").path("en").asText())) {
                    wrong.add(what + ": twice");
                }
                quotes += SeedRecords.cited(documents, what, e.path("sources"), wrong);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(quotes > 10, "quotes checked: " + quotes);
    }
}
