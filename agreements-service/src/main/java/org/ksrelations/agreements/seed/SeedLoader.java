package org.ksrelations.agreements.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import org.ksrelations.agreements.api.AgreementInput;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.service.AgreementMapper;
import org.ksrelations.agreements.service.AgreementWrites;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.kit.data.SlugSeedPass;
import org.ksrelations.kit.problem.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the curated agreements ({@code seed/agreements.json}) at start, idempotently, as the kit's
 * {@link SlugSeedPass} does (new records inserted, changed ones updated unless an editor touched them, renamed ones
 * renamed in place, provisions, milestones and version sequence kept, with their old slugs as aliases). Every record
 * is checked against the field constraints and the business rules (status consistent with the milestones, no
 * milestone before the proposal, …); a record that breaks one stops the start with a message naming it, since the
 * curated data is the record and must not be dropped silently.
 */
@ApplicationScoped
public class SeedLoader extends SlugSeedPass<AgreementInput, Agreement> {

    public static final String FILE = "seed/agreements.json";

    /** The row of {@code seed_state} for this service's seed file. */
    static final String DATASET = "agreements";

    @Inject
    AgreementWrites writes;

    public SeedLoader() {
        super(Agreement.class, Agreement::new, (row, slug) -> row.slug = slug, AgreementInput::slug,
                AgreementWrites.RESOURCE, "agreement", "agreements");
    }

    @Override
    protected String dataset() {
        return DATASET;
    }

    /** SHA-256 over the dataset version and the seed file. */
    @Override
    protected String fingerprint() {
        return SeedState.fingerprint(datasetVersion, List.of(FILE));
    }

    @Override
    protected void apply(Agreement row, AgreementInput record) {
        AgreementMapper.apply(row, record);
    }

    /** Reads and checks the seed file: strict JSON, field constraints, unique slugs, business rules; names every problem. */
    @Override
    public List<AgreementInput> read() throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        List<AgreementInput> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> former = new HashMap<>();
        for (AgreementInput in : readFile(strict, FILE, new TypeReference<List<AgreementInput>>() {
        }, former)) {
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
        if (!problems.isEmpty()) {
            throw new IllegalStateException("seed " + FILE + " has " + problems.size() + " invalid record(s): "
                    + String.join(" | ", problems));
        }
        formerSlugs = former;
        return all;
    }
}
