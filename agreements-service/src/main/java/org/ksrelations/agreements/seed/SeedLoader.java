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
 * it, since the curated data is the record and must not be dropped silently. A record whose slug changed lists its old
 * slugs in {@code formerSlugs}: its row is renamed in place (same row, provisions, milestones and version sequence, an
 * editor's content kept), and each old slug stays as an alias that redirects to the new one.
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
    org.ksrelations.kit.data.SlugAliases aliases;

    /** The slugs each seed record had before a rename ({@code formerSlugs} in the file), by its slug; set by {@link #read}. */
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
        int renamed = 0;
        for (AgreementInput in : records) {
            String hash = SeedState.hash(mapper, in);
            Agreement existing = Agreement.findBySlug(in.slug()).orElse(null);
            List<String> former = formerSlugs.getOrDefault(in.slug(), List.of());
            if (existing == null) {
                existing = rename(former, in.slug());
                renamed += existing == null ? 0 : 1;
            }
            if (existing == null) {
                if (Tombstone.exists(AgreementWrites.RESOURCE, in.slug())
                        || former.stream().anyMatch(f -> Tombstone.exists(AgreementWrites.RESOURCE, f))) {
                    kept++; // an editor deleted it (under this slug or a former one)
                    continue;
                }
                aliases.claim(AgreementWrites.RESOURCE, "agreement", "agreement", in.slug());
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
        LOG.infof("seed: %d agreements read, %d inserted, %d updated, %d unchanged or edited, %d renamed",
                records.size(), inserted, updated, kept, renamed);
        return new Result(records.size(), inserted, updated, kept);
    }

    /**
     * The row of the first of {@code former} slugs that still names one, renamed to {@code slug} (its old slug kept as
     * an alias); null when none does.
     */
    private Agreement rename(List<String> former, String slug) {
        for (String old : former) {
            Agreement a = Agreement.findBySlug(old).orElse(null);
            if (a != null) {
                aliases.renamed(AgreementWrites.RESOURCE, old, slug);
                a.slug = slug;
                return a;
            }
        }
        return null;
    }

    /** Reads and checks the seed file: strict JSON, field constraints, unique slugs, business rules. */
    public List<AgreementInput> read() throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        List<AgreementInput> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        List<String> problems = new ArrayList<>();
        java.util.Map<String, List<String>> former;
        try (InputStream is = SeedState.resource(FILE)) {
            com.fasterxml.jackson.databind.JsonNode tree = strict.readTree(is);
            former = SeedState.takeFormerSlugs(tree);
            List<AgreementInput> list = strict.readerFor(new TypeReference<List<AgreementInput>>() {
            }).readValue(tree);
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
        formerSlugs = former;
        return all;
    }

    public record Result(int read, int inserted, int updated, int kept) {
    }
}
