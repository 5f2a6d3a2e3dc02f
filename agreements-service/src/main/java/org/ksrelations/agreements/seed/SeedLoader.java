package org.ksrelations.agreements.seed;

import org.ksrelations.kit.data.SeedRetirement;

import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import org.ksrelations.kit.problem.Problem;

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
import org.ksrelations.agreements.api.AgreementInput;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.service.AgreementMapper;
import org.ksrelations.agreements.service.AgreementWrites;
import org.ksrelations.kit.data.SeedState;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the curated agreements ({@code seed/agreements.json}) at start, idempotently: an agreement is inserted when
 * new, updated when its seed record changed and no editor has touched it, and left alone when an editor changed or
 * deleted it. Every record is checked against the field constraints and the business rules (status consistent with
 * the milestones, no milestone before the proposal, …); a record that breaks one stops the start with a message naming
 * it, since the curated data is the record and must not be dropped silently.
 */
@ApplicationScoped
public class SeedLoader {

    public static final String FILE = "seed/agreements.json";

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** The row of {@code seed_state} for this service's seed file. */
    static final String DATASET = "agreements";

    @Inject
    SeedState seedState;

    @Inject
    AgreementWrites writes;

    @Inject
    SeedRetirement retirement;

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
     * Runs {@link #load()} unless the seed file (and {@code ksr.dataset.version}) is byte for byte that of the last
     * complete load, as recorded in {@code seed_state}: one query instead of parsing, validating and looking up every
     * record at each start. Rows changed through the API leave the fingerprint alone, and they are left alone by a
     * load anyway (an editor's change or a tombstone wins over the seed). After changing how a seed record maps to
     * rows without changing the file, bump {@code ksr.dataset.version}.
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

    /** SHA-256 over the dataset version and the seed file. */
    String fingerprint() {
        return SeedState.fingerprint(datasetVersion, List.of(FILE));
    }

    @Transactional
    public Result load() throws IOException {
        List<AgreementInput> records = read();
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        for (AgreementInput in : records) {
            String hash = SeedState.hash(mapper, in);
            Agreement existing = Agreement.findBySlug(in.slug()).orElse(null);
            if (existing == null) {
                if (Tombstone.exists(AgreementWrites.RESOURCE, in.slug())) {
                    kept++;
                    continue;
                }
                Agreement a = new Agreement();
                a.slug = in.slug();
                AgreementMapper.apply(a, in);
                a.origin = Origin.SEED;
                a.seedHash = hash;
                a.persist();
                inserted++;
            } else if (existing.origin == Origin.SEED && !hash.equals(existing.seedHash)) {
                AgreementMapper.apply(existing, in);
                existing.seedHash = hash;
                updated++;
            } else {
                kept++;
            }
        }
        retirement.retireAllBut(Agreement.class, AgreementWrites.RESOURCE, records.stream().map(r -> r.slug())
                .collect(java.util.stream.Collectors.toSet()));
        LOG.infof("seed: %d agreements read, %d inserted, %d updated, %d unchanged or edited",
                records.size(), inserted, updated, kept);
        return new Result(records.size(), inserted, updated, kept);
    }

    /** Reads and checks the seed file: strict JSON, field constraints, unique slugs, business rules. */
    public List<AgreementInput> read() throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        List<AgreementInput> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        List<String> problems = new ArrayList<>();
        try (InputStream is = SeedState.resource(FILE)) {
            List<AgreementInput> list = strict.readValue(is, new TypeReference<List<AgreementInput>>() {
            });
            for (AgreementInput in : list) {
                Set<ConstraintViolation<AgreementInput>> v = validator.validate(in);
                if (!v.isEmpty()) {
                    problems.add(in.slug() + ": " + v.stream().map(c -> c.getPropertyPath() + " " + c.getMessage())
                            .sorted().collect(Collectors.joining("; ")));
                    continue;
                }
                if (!slugs.add(in.slug())) {
                    problems.add(in.slug() + ": appears twice");
                    continue;
                }
                List<Problem.FieldError> errors = writes.ruleErrors(in);
                if (!errors.isEmpty()) {
                    problems.add(in.slug() + ": " + errors.stream().map(e -> e.field() + " " + e.message())
                            .collect(Collectors.joining("; ")));
                    continue;
                }
                all.add(in);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("seed " + FILE + " has " + problems.size() + " invalid record(s): "
                    + String.join(" | ", problems));
        }
        return all;
    }

    public record Result(int read, int inserted, int updated, int kept) {
    }
}
