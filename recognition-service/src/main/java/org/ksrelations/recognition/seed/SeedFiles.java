package org.ksrelations.recognition.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.seed.SeedRecords.SeedAct;
import org.ksrelations.recognition.seed.SeedRecords.SeedMembership;
import org.ksrelations.recognition.seed.SeedRecords.SeededState;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The curated seed files, read strictly (unknown fields refused) and validated: {@code seed/states.json},
 * {@code seed/memberships.json} and the curated expectation {@code seed/expected-stances.csv}. A file that breaks a
 * rule stops the start with the record it is about; nothing here touches the database.
 */
@ApplicationScoped
public class SeedFiles {

    static final String STATES = "seed/states.json";
    static final String MEMBERSHIPS = "seed/memberships.json";
    static final String EXPECTED_STANCES = "seed/expected-stances.csv";

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /** SHA-256 over the dataset version and the seed files (states, memberships, expected stances). */
    static String fingerprint(String datasetVersion) {
        return SeedState.fingerprint(datasetVersion, List.of(STATES, MEMBERSHIPS, EXPECTED_STANCES));
    }

    List<SeededState> readStates() throws IOException {
        List<SeededState> list = read(STATES, new TypeReference<>() {
        });
        Set<String> codes = new HashSet<>();
        for (SeededState s : list) {
            validate("state " + s.code(), s);
            if (!codes.add(s.code())) {
                throw new IllegalStateException("seed state " + s.code() + " appears twice");
            }
            if (!s.code().equals("smom") && !s.code().equals(s.iso2())) {
                throw new IllegalStateException("seed state " + s.code() + ": code must equal iso2");
            }
        }
        return list;
    }

    List<SeedMembership> readMemberships() throws IOException {
        List<SeedMembership> list = read(MEMBERSHIPS, new TypeReference<>() {
        });
        Set<String> slugs = new HashSet<>();
        for (SeedMembership m : list) {
            validate("membership " + m.slug(), m);
            if (!m.summary().containsKey("en")) {
                throw new IllegalStateException("seed membership " + m.slug() + " has no English summary");
            }
            if (!slugs.add(m.slug())) {
                throw new IllegalStateException("seed membership " + m.slug() + " appears twice");
            }
        }
        return list;
    }

    /** code -> stance the curation expects, from {@code seed/expected-stances.csv} (code,status). */
    Map<String, Stance> expectedStances() throws IOException {
        Map<String, Stance> out = new TreeMap<>();
        try (InputStream is = SeedState.resource(EXPECTED_STANCES)) {
            for (String line : new String(is.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String l = line.trim();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("code,")) {
                    continue;
                }
                String[] parts = l.split(",");
                out.put(parts[0], Stance.valueOf(parts[1].trim().toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** Act ids of a seed state, in curated order ("-2", "-3" appended if a state had two acts of a type on a day). */
    static Map<String, SeedAct> actIds(SeededState in) {
        Map<String, SeedAct> out = new LinkedHashMap<>();
        for (SeedAct a : in.acts()) {
            String base = RecognitionAct.idFor(in.code(), a.type(), a.date());
            String id = base;
            for (int n = 2; out.containsKey(id); n++) {
                id = base + "-" + n;
            }
            out.put(id, a);
        }
        return out;
    }

    private <T> List<T> read(String path, TypeReference<List<T>> type) throws IOException {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream is = SeedState.resource(path)) {
            return strict.readValue(is, type);
        }
    }

    private <T> void validate(String what, T record) {
        Set<ConstraintViolation<T>> v = validator.validate(record);
        if (!v.isEmpty()) {
            ConstraintViolation<T> first = v.iterator().next();
            throw new IllegalStateException("seed " + what + " is invalid: " + first.getPropertyPath() + " "
                    + first.getMessage());
        }
    }
}
