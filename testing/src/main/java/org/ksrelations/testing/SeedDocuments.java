package org.ksrelations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed documents in {@code ../shared/seeds/} (relative to the repository root) that the curated data rests on, for
 * the data-consistency tests of issue 18: {@code 000_*} the English article "Kosovo–Serbia relations" (wikitext),
 * {@code 001_*} the Macedonian "Политички статус на Косово", {@code 002_*} the "Belgrade–Pristina dialogue" excerpt.
 * A quote is looked up in the text as a reader sees it: wiki markup and {@code <ref>} citations stripped, typographic
 * quotes and whitespace folded; an elision ({@code ...}, {@code …}, {@code [...]}) splits it into parts that must each
 * be found. Also the date rules every service's seed obeys.
 */
public final class SeedDocuments {

    /** The document each source title names (the title of the article the record was curated from). */
    public static final Map<String, String> DOCUMENT_OF_TITLE = Map.of(
            "Kosovo–Serbia relations", "000",
            "Политички статус на Косово", "001",
            "Belgrade–Pristina dialogue", "002");

    private final Map<String, String> readable = new LinkedHashMap<>();
    private final Map<String, String> raw = new LinkedHashMap<>();

    private SeedDocuments(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                String id = p.getFileName().toString().substring(0, 3);
                String text = Files.readString(p, StandardCharsets.UTF_8);
                readable.put(id, readable(text));
                raw.put(id, fold(text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!readable.keySet().containsAll(List.of("000", "001", "002"))) {
            throw new IllegalStateException("the seed documents 000_*, 001_*, 002_* are not all in " + dir);
        }
    }

    /** Loads the documents from {@link #directory()}. */
    public static SeedDocuments load() {
        return new SeedDocuments(directory());
    }

    /**
     * {@code shared/seeds} next to the repository (the system property {@code ksr.seeds} wins): looked for from the
     * working directory upwards, so that it is found from a module (the tests' working directory) or from the root.
     * Fails with a clear message when missing.
     */
    public static Path directory() {
        String configured = System.getProperty("ksr.seeds");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
            throw new IllegalStateException("ksr.seeds=" + configured + " is not a directory");
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path d = start; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the seed documents are missing: no shared/seeds/ in " + start
                + " or any folder above it (expected ../shared/seeds relative to the repository root;"
                + " or set -Dksr.seeds=<dir>)");
    }

    public List<String> ids() {
        return List.copyOf(readable.keySet());
    }

    /** Whether {@code quote} is in document {@code id} (every part between elisions, in the readable or raw text). */
    public boolean contains(String id, String quote) {
        String doc = readable.get(id);
        if (doc == null) {
            throw new IllegalArgumentException("no seed document " + id);
        }
        String rawDoc = raw.get(id);
        for (String part : parts(quote)) {
            if (!doc.contains(part) && !rawDoc.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** The documents a source names: the one its title names, or, for a citation, any of them (its quote is the
     * document's sentence that the citation supports). */
    public List<String> documentsFor(String sourceTitle) {
        String id = sourceTitle == null ? null : DOCUMENT_OF_TITLE.get(sourceTitle);
        return id != null ? List.of(id) : ids();
    }

    static List<String> parts(String quote) {
        List<String> out = new ArrayList<>();
        for (String p : fold(quote).split("\\[\\.\\.\\.\\]|\\.\\.\\.|…")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern LINK = Pattern.compile("\\[\\[(?:[^|\\]]*\\|)?([^\\]]*)]]");

    /** Wikitext as a reader sees it: refs, comments, templates, link targets, bold/italic marks and tags removed. */
    static String readable(String wikitext) {
        String t = wikitext.replaceAll("(?s)<ref[^>]*/>", "")
                .replaceAll("(?s)<ref[^>]*>.*?</ref>", "")
                .replaceAll("(?s)<!--.*?-->", "");
        for (int i = 0; i < 4; i++) { // nested templates, innermost first
            t = TEMPLATE.matcher(t).replaceAll("");
        }
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = t.replaceAll("'{2,}", "").replaceAll("\\[\\d+]", "").replaceAll("<[^>]+>", "");
        return fold(t);
    }

    /** Unicode NFC, typographic quotes as plain ones, non-breaking spaces and runs of whitespace as one space. */
    static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace("&nbsp;", " ").replace('\u00a0', ' ')
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"');
        return t.replaceAll("(?U)\\s+", " ").strip();
    }

    // ------------------------------------------------------------------ date rules

    /** MONTH → first of the month, YEAR → 1 January; DAY any date. Null when consistent, else what is wrong. */
    public static String precisionProblem(LocalDate date, String precision) {
        if (date == null) {
            return precision == null ? null : "a precision (" + precision + ") without a date";
        }
        if (precision == null) {
            return "a date without a precision";
        }
        return switch (precision) {
            case "DAY" -> null;
            case "MONTH" -> date.getDayOfMonth() == 1 ? null : "MONTH precision on " + date + ", not the first of the month";
            case "YEAR" -> date.getDayOfYear() == 1 ? null : "YEAR precision on " + date + ", not 1 January";
            default -> "unknown precision " + precision;
        };
    }

    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(?=-)");

    /**
     * Whether a slug's date prefix agrees with the record: an undated record has none; a dated one starts with its
     * date at its precision ({@code 2012-12-} for MONTH, {@code 1999-} for YEAR) or with the stored date itself
     * ({@code 1999-01-01-} for YEAR, the events' convention). Null when it agrees, else what is wrong.
     */
    public static String slugProblem(String slug, LocalDate date, String precision) {
        Matcher m = DATE_PREFIX.matcher(slug);
        if (date == null) {
            return m.find() ? "undated, but the slug starts with a date (" + m.group() + ")" : null;
        }
        String iso = date.toString();
        String atPrecision = switch (precision == null ? "DAY" : precision) {
            case "MONTH" -> iso.substring(0, 7);
            case "YEAR" -> iso.substring(0, 4);
            default -> iso;
        };
        if (!m.find()) {
            return "dated " + iso + " (" + precision + "), but the slug has no date prefix";
        }
        String prefix = m.group();
        return prefix.equals(iso) || prefix.equals(atPrecision) ? null
                : "slug prefix " + prefix + " but the record is dated " + iso + " (" + precision + ")";
    }
}
