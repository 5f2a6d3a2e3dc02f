package org.ksrelations.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.SeedDocuments;
import org.ksrelations.testing.SeedRecords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, step 6: the curated event files against themselves, the seed documents and agreements-service's seed —
 * pure JUnit over the files, no database. Each check lists every offender at once.
 */
class SeedConsistencyTest {

    static final Path SEED = Path.of("src", "main", "resources", "seed", "events");
    static final Path AGREEMENTS_SEED = Path.of("..", "agreements-service", "src", "main", "resources", "seed",
            "agreements.json");

    static List<JsonNode> events = new ArrayList<>();
    static SeedDocuments documents;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(SEED.resolve("index.txt"))) {
            String f = line.strip();
            if (!f.isEmpty() && !f.startsWith("#")) {
                json.readTree(SEED.resolve(f).toFile()).forEach(events::add);
            }
        }
        assertTrue(events.size() > 100, "the event seed files were read: " + events.size());
        documents = SeedDocuments.load();
    }

    @Test
    void slugsCarryTheRecordsDateAtItsPrecision() {
        assertEquals(List.of(), SeedRecords.offenders(events, e -> SeedDocuments.slugProblem(e.path("slug").asText(),
                SeedRecords.date(e.get("date")), e.path("datePrecision").asText(null))));
    }

    /** A renamed record's old slugs ({@code formerSlugs}, kept as redirects) never name a live record or two records. */
    @Test
    void formerSlugsNameNoLiveRecordAndOneRecordEach() {
        assertEquals(List.of(), SeedRecords.formerSlugProblems(events));
    }

    @Test
    void everyDateIsConsistentWithItsPrecision() {
        assertEquals(List.of(), SeedRecords.offenders(events, e -> SeedDocuments.precisionProblem(
                SeedRecords.date(e.get("date")), e.path("datePrecision").asText(null))));
    }

    @Test
    void everyEventIsCitedAndEveryQuoteIsInTheDocumentItNames() {
        List<String> wrong = new ArrayList<>();
        int quotes = SeedRecords.eachCited(documents, events, wrong);
        wrong.addAll(SeedRecords.offenders(events, e -> untitledSource(e) ? "a source without a title" : null));
        assertEquals(List.of(), wrong);
        assertTrue(quotes > 50, "quotes checked: " + quotes);
    }

    private static boolean untitledSource(JsonNode event) {
        for (JsonNode s : event.path("sources")) {
            if (s.path("title").asText("").isBlank()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyRelatedAgreementIsAnAgreementOfAgreementsServicesSeed() throws IOException {
        assertTrue(Files.isRegularFile(AGREEMENTS_SEED), "agreements-service's seed is missing: "
                + AGREEMENTS_SEED.toAbsolutePath().normalize());
        Set<String> agreements = new HashSet<>();
        new ObjectMapper().readTree(AGREEMENTS_SEED.toFile()).forEach(a -> agreements.add(a.path("slug").asText()));
        assertEquals(List.of(), SeedRecords.brokenLinks(events, "relatedAgreements", agreements));
    }

    @Test
    void noFactTwice() {
        assertEquals(List.of(), SeedRecords.factsTwice(events, e -> e.path("date").asText()));
    }
}
