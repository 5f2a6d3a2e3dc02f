package org.ksrelations.agreements;

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
 * Issue 18, step 6: the curated agreements (with their provisions and milestones) against themselves, the seed
 * documents and events-service's seed — pure JUnit over the files, no database. Each check lists every offender.
 */
class SeedConsistencyTest {

    static final Path SEED = Path.of("src", "main", "resources", "seed", "agreements.json");
    static final Path EVENT_SEEDS = RelatedEventsTest.EVENT_SEEDS;

    static List<JsonNode> agreements = new ArrayList<>();
    static SeedDocuments documents;

    @BeforeAll
    static void load() throws IOException {
        new ObjectMapper().readTree(SEED.toFile()).forEach(agreements::add);
        assertTrue(agreements.size() > 20, "the agreements seed was read: " + agreements.size());
        documents = SeedDocuments.load();
    }

    @Test
    void slugsCarryTheRecordsDateAtItsPrecision() {
        assertEquals(List.of(), SeedRecords.offenders(agreements, SeedConsistencyTest::slugProblem));
    }

    /** The slug's date is when it was concluded, or proposed when it never was; undated: no prefix. */
    private static String slugProblem(JsonNode a) {
        String slug = a.path("slug").asText();
        String problem = a.hasNonNull("concludedOn")
                ? SeedDocuments.slugProblem(slug, SeedRecords.date(a.get("concludedOn")), a.path("concludedOnPrecision").asText(null))
                : SeedDocuments.slugProblem(slug, SeedRecords.date(a.get("proposedOn")), a.path("proposedOnPrecision").asText(null));
        if (problem != null && a.hasNonNull("concludedOn") && a.hasNonNull("proposedOn")
                && SeedDocuments.slugProblem(slug, SeedRecords.date(a.get("proposedOn")), a.path("proposedOnPrecision").asText(null)) == null) {
            return null; // named by the day it was proposed
        }
        return problem;
    }

    /** A renamed record's old slugs ({@code formerSlugs}, kept as redirects) never name a live record or two records. */
    @Test
    void formerSlugsNameNoLiveRecordAndOneRecordEach() {
        assertEquals(List.of(), SeedRecords.formerSlugProblems(agreements));
    }

    @Test
    void everyDateIsConsistentWithItsPrecision() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            for (String field : List.of("proposedOn", "concludedOn")) {
                String p = SeedDocuments.precisionProblem(SeedRecords.date(a.get(field)), a.path(field + "Precision").asText(null));
                if (p != null) {
                    wrong.add(slug + " " + field + ": " + p);
                }
            }
            for (JsonNode m : a.path("milestones")) {
                String p = SeedDocuments.precisionProblem(SeedRecords.date(m.get("date")), m.path("datePrecision").asText(null));
                if (p != null) {
                    wrong.add(slug + " milestone " + m.path("type").asText() + ": " + p);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyAgreementAndMilestoneIsCitedAndEveryQuoteIsInTheDocumentItNames() {
        List<String> wrong = new ArrayList<>();
        int quotes = SeedRecords.eachCited(documents, agreements, wrong);
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            for (JsonNode m : a.path("milestones")) {
                String milestone = slug + " milestone " + m.path("date").asText() + " " + m.path("type").asText();
                quotes += SeedRecords.cited(documents, milestone, m.path("sources"), wrong);
            }
            for (JsonNode p : a.path("provisions")) {
                String quote = p.path("quote").asText(null);
                if (quote != null) {
                    quotes++;
                    // a provision's quote rests on the agreement's own sources' documents
                    if (documents.ids().stream().noneMatch(d -> documents.contains(d, quote))) {
                        wrong.add(slug + " provision " + p.path("number").asText() + ": quote not found: "
                                + quote.substring(0, Math.min(80, quote.length())));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(quotes > 30, "quotes checked: " + quotes);
    }

    @Test
    void everyRelatedEventIsAnEventOfEventsServicesSeed() throws IOException {
        Set<String> events = new HashSet<>();
        for (String file : List.of("en.json", "mk.json")) {
            Path f = EVENT_SEEDS.resolve(file);
            assertTrue(Files.isRegularFile(f), "events-service's seed is missing: " + f.toAbsolutePath().normalize());
            new ObjectMapper().readTree(f.toFile()).forEach(e -> events.add(e.path("slug").asText()));
        }
        assertEquals(List.of(), SeedRecords.brokenLinks(agreements, "relatedEvents", events));
    }

    @Test
    void noFactTwice() {
        List<String> twice = new ArrayList<>(SeedRecords.factsTwice(agreements,
                a -> a.path("concludedOn").asText(a.path("proposedOn").asText("undated"))));
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            Set<String> milestones = new HashSet<>();
            for (JsonNode m : a.path("milestones")) {
                String fact = m.path("date").asText() + " " + m.path("type").asText() + " "
                        + m.path("description").path("en").asText(m.path("description").asText());
                if (!milestones.add(fact)) {
                    twice.add(slug + " milestone " + fact);
                }
            }
        }
        assertEquals(List.of(), twice);
    }
}
