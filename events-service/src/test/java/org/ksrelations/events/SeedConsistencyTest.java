package org.ksrelations.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksrelations.testing.SeedDocuments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    @Test
    void slugsCarryTheRecordsDateAtItsPrecision() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode e : events) {
            String slug = e.path("slug").asText();
            String problem = SeedDocuments.slugProblem(slug, date(e.get("date")), e.path("datePrecision").asText(null));
            if (problem != null) {
                wrong.add(slug + ": " + problem);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A renamed record's old slugs ({@code formerSlugs}, kept as redirects) never name a live record or two records. */
    @Test
    void formerSlugsNameNoLiveRecordAndOneRecordEach() {
        Set<String> live = new HashSet<>();
        events.forEach(r -> live.add(r.path("slug").asText()));
        Set<String> former = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode r : events) {
            for (JsonNode f : r.path("formerSlugs")) {
                if (live.contains(f.asText())) {
                    wrong.add(f.asText() + " is a former slug of " + r.path("slug").asText() + " and a live slug");
                }
                if (!former.add(f.asText())) {
                    wrong.add(f.asText() + " is the former slug of two records");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyDateIsConsistentWithItsPrecision() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode e : events) {
            String problem = SeedDocuments.precisionProblem(date(e.get("date")), e.path("datePrecision").asText(null));
            if (problem != null) {
                wrong.add(e.path("slug").asText() + ": " + problem);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEventIsCitedAndEveryQuoteIsInTheDocumentItNames() {
        List<String> wrong = new ArrayList<>();
        int quotes = 0;
        for (JsonNode e : events) {
            String slug = e.path("slug").asText();
            if (e.path("sources").isEmpty()) {
                wrong.add(slug + ": no sources");
            }
            for (JsonNode s : e.path("sources")) {
                if (s.path("title").asText("").isBlank()) {
                    wrong.add(slug + ": a source without a title");
                }
                String quote = s.path("quote").asText(null);
                if (quote != null) {
                    quotes++;
                    String title = s.path("title").asText();
                    if (documents.documentsFor(title).stream().noneMatch(d -> documents.contains(d, quote))) {
                        wrong.add(slug + ": quote not found in " + documents.documentsFor(title) + " (" + title + "): "
                                + quote.substring(0, Math.min(80, quote.length())));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(quotes > 50, "quotes checked: " + quotes);
    }

    @Test
    void everyRelatedAgreementIsAnAgreementOfAgreementsServicesSeed() throws IOException {
        assertTrue(Files.isRegularFile(AGREEMENTS_SEED), "agreements-service's seed is missing: "
                + AGREEMENTS_SEED.toAbsolutePath().normalize());
        Set<String> agreements = new HashSet<>();
        new ObjectMapper().readTree(AGREEMENTS_SEED.toFile()).forEach(a -> agreements.add(a.path("slug").asText()));
        List<String> broken = new ArrayList<>();
        for (JsonNode e : events) {
            for (JsonNode a : e.path("relatedAgreements")) {
                if (!agreements.contains(a.asText())) {
                    broken.add(e.path("slug").asText() + " -> " + a.asText());
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noFactTwice() {
        Set<String> slugs = new HashSet<>();
        Set<String> facts = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (JsonNode e : events) {
            if (!slugs.add(e.path("slug").asText())) {
                twice.add("slug " + e.path("slug").asText());
            }
            for (Map.Entry<String, JsonNode> t : e.path("title").properties()) {
                String fact = e.path("date").asText() + " " + t.getKey() + ":" + t.getValue().asText().strip().toLowerCase();
                if (!facts.add(fact)) {
                    twice.add(fact);
                }
            }
        }
        assertEquals(List.of(), twice);
    }
}
