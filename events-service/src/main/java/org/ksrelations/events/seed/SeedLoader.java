package org.ksrelations.events.seed;

import org.ksrelations.kit.data.SeedRetirement;

import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ksrelations.events.api.EventInput;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.Event;
import org.ksrelations.events.service.EventService;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the curated events ({@code seed/events/*.json}, listed in {@code seed/events/index.txt}) at start,
 * idempotently: an event is inserted when new, updated when its seed record changed and no editor has touched it,
 * and left alone when an editor changed or deleted it. A record whose slug changed lists its old slugs in
 * {@code formerSlugs}: its row is renamed in place (same row, history and version sequence, an editor's content kept),
 * and each old slug stays as an alias that redirects to the new one.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** The row of {@code seed_state} for this service's seed files. */
    static final String DATASET = "events";

    private static final String DIR = "seed/events/";

    @Inject
    SeedState seedState;

    @Inject
    EventService events;

    @Inject
    SeedRetirement retirement;

    @Inject
    org.ksrelations.kit.data.SlugAliases aliases;

    /** The slugs each seed record had before a rename ({@code formerSlugs} in the files), by its slug; set by {@link #read}. */
    private java.util.Map<String, List<String>> formerSlugs = java.util.Map.of();

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @ConfigProperty(name = "ksr.seed.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "ksr.dataset.version")
    String datasetVersion;

    void onStart(@Observes StartupEvent ev) throws IOException {
        if (enabled) {
            loadIfChanged();
        }
    }

    /**
     * Runs {@link #load()} unless the seed files (and {@code ksr.dataset.version}) are byte for byte those of the last
     * complete load, as recorded in {@code seed_state}: one query instead of parsing, validating and looking up every
     * record at each start. Rows changed through the API leave the fingerprint alone, and they are left alone by a
     * load anyway (an editor's change or a tombstone wins over the seed). After changing how a seed record maps to
     * rows without changing the files, bump {@code ksr.dataset.version}.
     * Instances started at once on one database run it one after the other (an advisory lock, {@link
     * SeedState#lockPass}): the first loads, the others then find the fingerprint recorded and skip it.
     */
    @Transactional
    @TransactionConfiguration(timeout = SeedState.PASS_TIMEOUT_SECONDS)
    public boolean loadIfChanged() throws IOException {
        String fingerprint = fingerprint();
        seedState.lockPass(DATASET);
        if (seedState.unchanged(DATASET, fingerprint)) {
            return false;
        }
        load();
        seedState.loaded(DATASET, fingerprint);
        return true;
    }

    /** SHA-256 over the dataset version, the index and every file it lists, in order. */
    String fingerprint() throws IOException {
        List<String> files = new ArrayList<>();
        files.add(DIR + "index.txt");
        index().forEach(f -> files.add(DIR + f));
        return SeedState.fingerprint(datasetVersion, files);
    }

    @Transactional
    public Result load() throws IOException {
        List<EventInput> records = read();
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        int renamed = 0;
        for (EventInput in : records) {
            String hash = SeedState.hash(mapper, in);
            Event existing = Event.findBySlug(in.slug()).orElse(null);
            List<String> former = formerSlugs.getOrDefault(in.slug(), List.of());
            if (existing == null) {
                existing = rename(former, in.slug());
                renamed += existing == null ? 0 : 1;
            }
            if (existing == null) {
                if (Tombstone.exists(EventService.RESOURCE, in.slug())
                        || former.stream().anyMatch(f -> Tombstone.exists(EventService.RESOURCE, f))) {
                    kept++; // an editor deleted it (under this slug or a former one)
                    continue;
                }
                aliases.claim(EventService.RESOURCE, "event", "event", in.slug());
                Event e = new Event();
                e.slug = in.slug();
                events.apply(e, in);
                e.origin = Origin.SEED;
                e.seedHash = hash;
                e.persist();
                inserted++;
            } else if (existing.origin == Origin.SEED && !hash.equals(existing.seedHash)) {
                events.apply(existing, in);
                existing.seedHash = hash;
                updated++;
            } else {
                kept++;
            }
        }
        retirement.retireAllBut(Event.class, EventService.RESOURCE, records.stream().map(r -> r.slug())
                .collect(java.util.stream.Collectors.toSet()));
        LOG.infof("seed: %d events read, %d inserted, %d updated, %d unchanged or edited, %d renamed; %d actors",
                records.size(), inserted, updated, kept, renamed, Actor.count());
        return new Result(records.size(), inserted, updated, kept);
    }

    /**
     * The row of the first of {@code former} slugs that still names one, renamed to {@code slug} (its old slug kept as
     * an alias); null when none does.
     */
    private Event rename(List<String> former, String slug) {
        for (String old : former) {
            Event e = Event.findBySlug(old).orElse(null);
            if (e != null) {
                aliases.renamed(EventService.RESOURCE, old, slug);
                e.slug = slug;
                return e;
            }
        }
        return null;
    }

    List<EventInput> read() throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<EventInput> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        java.util.Map<String, List<String>> former = new java.util.HashMap<>();
        for (String file : index()) {
            try (InputStream is = SeedState.resource(DIR + file)) {
                com.fasterxml.jackson.databind.JsonNode tree = strict.readTree(is);
                former.putAll(SeedState.takeFormerSlugs(tree));
                List<EventInput> list = strict.readerFor(new TypeReference<List<EventInput>>() {
                }).readValue(tree);
                for (EventInput in : list) {
                    Set<ConstraintViolation<EventInput>> v = validator.validate(in);
                    if (!v.isEmpty()) {
                        throw new IllegalStateException("seed " + file + " event " + in.slug() + " is invalid: "
                                + v.iterator().next().getPropertyPath() + " " + v.iterator().next().getMessage());
                    }
                    if (!slugs.add(in.slug())) {
                        throw new IllegalStateException("seed slug " + in.slug() + " appears twice");
                    }
                    all.add(in);
                }
            }
        }
        formerSlugs = former;
        return all;
    }

    private static List<String> index() throws IOException {
        return SeedState.index(DIR + "index.txt");
    }

    public record Result(int read, int inserted, int updated, int kept) {
    }
}
