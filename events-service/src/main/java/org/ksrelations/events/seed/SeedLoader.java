package org.ksrelations.events.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import org.ksrelations.events.api.EventInput;
import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.Event;
import org.ksrelations.events.service.EventService;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.kit.data.SlugSeedPass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the curated events ({@code seed/events/*.json}, listed in {@code seed/events/index.txt}) at start,
 * idempotently, as the kit's {@link SlugSeedPass} does (new records inserted, changed ones updated unless an editor
 * touched them, renamed ones renamed in place with their old slugs as aliases); this class says how the files are read
 * and how an event record maps to its row.
 */
@ApplicationScoped
public class SeedLoader extends SlugSeedPass<EventInput, Event> {

    /** The row of {@code seed_state} for this service's seed files. */
    static final String DATASET = "events";

    private static final String DIR = "seed/events/";

    @Inject
    EventService events;

    public SeedLoader() {
        super(Event.class, Event::new, (row, slug) -> row.slug = slug, EventInput::slug, EventService.RESOURCE, "event",
                "events");
    }

    @Override
    protected String dataset() {
        return DATASET;
    }

    /** SHA-256 over the dataset version, the index and every file it lists, in order. */
    @Override
    protected String fingerprint() throws IOException {
        List<String> files = new ArrayList<>();
        files.add(DIR + "index.txt");
        index().forEach(f -> files.add(DIR + f));
        return SeedState.fingerprint(datasetVersion, files);
    }

    @Override
    protected String loadedAlso() {
        return "; " + Actor.count() + " actors";
    }

    @Override
    protected void apply(Event row, EventInput record) {
        events.apply(row, record);
    }

    /** Reads and checks the seed files: strict JSON, field constraints, unique slugs; the first problem stops it. */
    @Override
    protected List<EventInput> read() throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<EventInput> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Map<String, List<String>> former = new HashMap<>();
        for (String file : index()) {
            for (EventInput in : readFile(strict, DIR + file, new TypeReference<List<EventInput>>() {
            }, former)) {
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
        formerSlugs = former;
        return all;
    }

    private static List<String> index() throws IOException {
        return SeedState.index(DIR + "index.txt");
    }
}
