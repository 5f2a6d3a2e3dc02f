package org.ksrelations.agreements;

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

    static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    @Test
    void slugsCarryTheRecordsDateAtItsPrecision() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            // the slug's date is when it was concluded, or proposed when it never was; undated: no prefix
            String problem = a.hasNonNull("concludedOn")
                    ? SeedDocuments.slugProblem(slug, date(a.get("concludedOn")), a.path("concludedOnPrecision").asText(null))
                    : SeedDocuments.slugProblem(slug, date(a.get("proposedOn")), a.path("proposedOnPrecision").asText(null));
            if (problem != null && a.hasNonNull("concludedOn") && a.hasNonNull("proposedOn")
                    && SeedDocuments.slugProblem(slug, date(a.get("proposedOn")), a.path("proposedOnPrecision").asText(null)) == null) {
                problem = null; // named by the day it was proposed
            }
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
        agreements.forEach(r -> live.add(r.path("slug").asText()));
        Set<String> former = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode r : agreements) {
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
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            for (String field : List.of("proposedOn", "concludedOn")) {
                String p = SeedDocuments.precisionProblem(date(a.get(field)), a.path(field + "Precision").asText(null));
                if (p != null) {
                    wrong.add(slug + " " + field + ": " + p);
                }
            }
            for (JsonNode m : a.path("milestones")) {
                String p = SeedDocuments.precisionProblem(date(m.get("date")), m.path("datePrecision").asText(null));
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
        int quotes = 0;
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            quotes += cited(slug, a.path("sources"), wrong);
            for (JsonNode m : a.path("milestones")) {
                quotes += cited(slug + " milestone " + m.path("date").asText() + " " + m.path("type").asText(),
                        m.path("sources"), wrong);
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

    private int cited(String what, JsonNode sources, List<String> wrong) {
        if (sources.isEmpty()) {
            wrong.add(what + ": no sources");
        }
        int quotes = 0;
        for (JsonNode s : sources) {
            String quote = s.path("quote").asText(null);
            if (quote != null) {
                quotes++;
                String title = s.path("title").asText();
                if (documents.documentsFor(title).stream().noneMatch(d -> documents.contains(d, quote))) {
                    wrong.add(what + ": quote not found in " + documents.documentsFor(title) + " (" + title + "): "
                            + quote.substring(0, Math.min(80, quote.length())));
                }
            }
        }
        return quotes;
    }

    @Test
    void everyRelatedEventIsAnEventOfEventsServicesSeed() throws IOException {
        Set<String> events = new HashSet<>();
        for (String file : List.of("en.json", "mk.json")) {
            Path f = EVENT_SEEDS.resolve(file);
            assertTrue(Files.isRegularFile(f), "events-service's seed is missing: " + f.toAbsolutePath().normalize());
            new ObjectMapper().readTree(f.toFile()).forEach(e -> events.add(e.path("slug").asText()));
        }
        List<String> broken = new ArrayList<>();
        for (JsonNode a : agreements) {
            for (JsonNode e : a.path("relatedEvents")) {
                if (!events.contains(e.asText())) {
                    broken.add(a.path("slug").asText() + " -> " + e.asText());
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
        for (JsonNode a : agreements) {
            String slug = a.path("slug").asText();
            if (!slugs.add(slug)) {
                twice.add("slug " + slug);
            }
            for (Map.Entry<String, JsonNode> t : a.path("title").properties()) {
                String fact = a.path("concludedOn").asText(a.path("proposedOn").asText("undated")) + " " + t.getKey()
                        + ":" + t.getValue().asText().strip().toLowerCase();
                if (!facts.add(fact)) {
                    twice.add(fact);
                }
            }
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
