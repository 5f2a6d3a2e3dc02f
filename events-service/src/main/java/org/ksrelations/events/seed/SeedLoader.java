package org.ksrelations.events.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ksrelations.events.api.EventInput;
import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.Event;
import org.ksrelations.events.domain.Origin;
import org.ksrelations.events.domain.Tombstone;
import org.ksrelations.events.service.EventService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the curated events ({@code seed/events/*.json}, listed in {@code seed/events/index.txt}) at start,
 * idempotently: an event is inserted when new, updated when its seed record changed and no editor has touched it,
 * and left alone when an editor changed or deleted it.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    EventService events;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @ConfigProperty(name = "ksr.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent ev) throws IOException {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public Result load() throws IOException {
        List<EventInput> records = read();
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        for (EventInput in : records) {
            String hash = hash(in);
            Event existing = Event.findBySlug(in.slug()).orElse(null);
            if (existing == null) {
                if (Tombstone.exists(EventService.RESOURCE, in.slug())) {
                    kept++;
                    continue;
                }
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
        LOG.infof("seed: %d events read, %d inserted, %d updated, %d unchanged or edited; %d actors",
                records.size(), inserted, updated, kept, Actor.count());
        return new Result(records.size(), inserted, updated, kept);
    }

    List<EventInput> read() throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<EventInput> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (String file : index()) {
            try (InputStream is = resource("seed/events/" + file)) {
                List<EventInput> list = strict.readValue(is, new TypeReference<List<EventInput>>() {
                });
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
        return all;
    }

    private List<String> index() throws IOException {
        try (InputStream is = resource("seed/events/index.txt")) {
            return new String(is.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream is = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (is == null) {
            throw new IOException("missing resource " + path);
        }
        return is;
    }

    private String hash(EventInput in) {
        try {
            byte[] json = mapper.writeValueAsBytes(in);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Result(int read, int inserted, int updated, int kept) {
    }
}
