package org.ksrelations.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks every service's seed-consistency test makes over its curated records (the seed JSON, read as trees):
 * each answers what is wrong, so that a test lists every offender at once.
 */
public final class SeedRecords {

    private SeedRecords() {
    }

    /** An ISO date field of a record; null when absent or null. */
    public static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    /** What {@code problem} finds wrong with each record (null: nothing), as {@code "<slug>: <problem>"}. */
    public static List<String> offenders(List<JsonNode> records, Function<JsonNode, String> problem) {
        List<String> wrong = new ArrayList<>();
        for (JsonNode r : records) {
            String p = problem.apply(r);
            if (p != null) {
                wrong.add(r.path("slug").asText() + ": " + p);
            }
        }
        return wrong;
    }

    /**
     * A renamed record's old slugs ({@code formerSlugs}, kept as redirects) must never name a live record or two
     * records: what is wrong, empty when nothing is.
     */
    public static List<String> formerSlugProblems(List<JsonNode> records) {
        Set<String> live = new HashSet<>();
        records.forEach(r -> live.add(r.path("slug").asText()));
        Set<String> former = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode r : records) {
            for (JsonNode f : r.path("formerSlugs")) {
                if (live.contains(f.asText())) {
                    wrong.add(f.asText() + " is a former slug of " + r.path("slug").asText() + " and a live slug");
                }
                if (!former.add(f.asText())) {
                    wrong.add(f.asText() + " is the former slug of two records");
                }
            }
        }
        return wrong;
    }

    /**
     * The links of {@code field} (an array of slugs) that name no record of {@code targets}, as
     * {@code "<slug> -> <target>"}: empty when every link holds.
     */
    public static List<String> brokenLinks(List<JsonNode> records, String field, Set<String> targets) {
        List<String> broken = new ArrayList<>();
        for (JsonNode r : records) {
            for (JsonNode t : r.path(field)) {
                if (!targets.contains(t.asText())) {
                    broken.add(r.path("slug").asText() + " -> " + t.asText());
                }
            }
        }
        return broken;
    }

    /**
     * No slug twice, and no fact twice: no two records with the same title in a language on the same date
     * ({@code dateOf} the record's date as text). Answers the slugs and facts found twice.
     */
    public static List<String> factsTwice(List<JsonNode> records, Function<JsonNode, String> dateOf) {
        Set<String> slugs = new HashSet<>();
        Set<String> facts = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (JsonNode r : records) {
            String slug = r.path("slug").asText();
            if (!slugs.add(slug)) {
                twice.add("slug " + slug);
            }
            for (Map.Entry<String, JsonNode> t : r.path("title").properties()) {
                String fact = dateOf.apply(r) + " " + t.getKey() + ":" + t.getValue().asText().strip().toLowerCase();
                if (!facts.add(fact)) {
                    twice.add(fact);
                }
            }
        }
        return twice;
    }

    /**
     * Checks that {@code what} has sources and that each source's quote is in the seed document its title names,
     * adding what is wrong to {@code wrong}; answers how many quotes it checked.
     */
    public static int cited(SeedDocuments documents, String what, JsonNode sources, List<String> wrong) {
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

    /** {@link #cited} for the own sources of each record, named by its slug; answers how many quotes it checked. */
    public static int eachCited(SeedDocuments documents, Iterable<JsonNode> records, List<String> wrong) {
        int quotes = 0;
        for (JsonNode r : records) {
            quotes += cited(documents, r.path("slug").asText(), r.path("sources"), wrong);
        }
        return quotes;
    }
}
