package org.ksrelations.recognition.seed;

import org.ksrelations.kit.problem.Problem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.recognition.api.Views;
import org.ksrelations.recognition.domain.MembershipEvent;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.Origin;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.StanceRule;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.domain.Tombstone;
import org.ksrelations.recognition.seed.SeedRecords.SeedAct;
import org.ksrelations.recognition.seed.SeedRecords.SeedMembership;
import org.ksrelations.recognition.seed.SeedRecords.SeededState;
import org.ksrelations.recognition.service.ActRules;
import org.ksrelations.recognition.service.RecognitionService;
import org.ksrelations.recognition.service.StateService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads the curated seed ({@code seed/states.json}, {@code seed/memberships.json}) at start, idempotently: a record
 * is inserted when new, updated when its seed record changed and no editor has touched it, and left alone when an
 * editor changed or deleted it. States and acts are upserted separately (an act by its stable id); any act change
 * increases its state's version. Then the stance derived from the acts is checked, for every state an editor has
 * not touched, against the curated expectation ({@code seed/expected-stances.csv}, the status column of
 * recognitions.csv): mismatches and seed records that break an act rule are reported in the log, never dropped.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** The row of {@code seed_state} for this service's seed files. */
    static final String DATASET = "recognition";

    private static final String STATES = "seed/states.json";
    private static final String MEMBERSHIPS = "seed/memberships.json";
    private static final String EXPECTED_STANCES = "seed/expected-stances.csv";

    @Inject
    SeedState seedState;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    StateService states;

    @ConfigProperty(name = "ksr.seed.enabled", defaultValue = "true")
    boolean enabled;

    private volatile Check lastCheck;

    @ConfigProperty(name = "ksr.dataset.version")
    String datasetVersion;

    void onStart(@Observes StartupEvent ev) throws IOException {
        if (enabled && loadIfChanged()) {
            lastCheck = check();
        }
    }

    /**
     * Runs {@link #load()} unless the seed files (and {@code ksr.dataset.version}) are byte for byte those of the last
     * complete load, as recorded in {@code seed_state}: one query instead of parsing, validating and looking up every
     * record at each start. The stance check after a load is skipped with it: it was made, and logged, when these
     * files were loaded, and it leaves out the states an editor touched since. After changing how a seed record maps
     * to rows without changing the files, bump {@code ksr.dataset.version}.
     */
    @Transactional
    public boolean loadIfChanged() throws IOException {
        String fingerprint = fingerprint();
        if (seedState.unchanged(DATASET, fingerprint)) {
            return false;
        }
        load();
        seedState.loaded(DATASET, fingerprint);
        return true;
    }

    /** SHA-256 over the dataset version and the seed files (states, memberships, expected stances). */
    String fingerprint() {
        return SeedState.fingerprint(datasetVersion, List.of(STATES, MEMBERSHIPS, EXPECTED_STANCES));
    }

    /** The check made at start (null when seeding is disabled, or skipped because the files were unchanged). */
    public Check lastCheck() {
        return lastCheck;
    }

    @Transactional
    public Result load() throws IOException {
        List<SeededState> records = readStates();
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        int actsInserted = 0;
        int actsUpdated = 0;
        for (SeededState in : records) {
            String hash = SeedState.hash(mapper, List.of(in.code(), String.valueOf(in.iso2()), String.valueOf(in.iso3()), in.name(),
                    in.unMember(), in.region(), String.valueOf(in.note())));
            State s = State.findByCode(in.code()).orElse(null);
            boolean isNew = s == null;
            if (s == null) {
                s = new State();
                s.code = in.code();
                apply(s, in);
                s.origin = Origin.SEED;
                s.seedHash = hash;
                s.persist();
                inserted++;
            } else if (s.origin == Origin.SEED && !hash.equals(s.seedHash)) {
                apply(s, in);
                s.seedHash = hash;
                updated++;
            } else {
                kept++;
            }
            boolean actsChanged = false;
            Map<String, SeedAct> acts = actIds(in);
            int seq = 0;
            for (Map.Entry<String, SeedAct> e : acts.entrySet()) {
                int mySeq = seq++;
                SeedAct sa = e.getValue();
                String actHash = SeedState.hash(mapper, List.of(e.getKey(), mySeq, sa));
                RecognitionAct a = RecognitionAct.findByActId(e.getKey()).orElse(null);
                if (a == null) {
                    if (Tombstone.exists(RecognitionService.RESOURCE, e.getKey())) {
                        continue;
                    }
                    a = new RecognitionAct();
                    a.actId = e.getKey();
                    a.state = s;
                    a.stateCode = s.code;
                    a.seq = freeSeq(s, mySeq);
                    apply(a, sa);
                    a.origin = Origin.SEED;
                    a.seedHash = actHash;
                    a.persist();
                    s.acts.add(a);
                    actsInserted++;
                    actsChanged = true;
                } else if (a.origin == Origin.SEED && !actHash.equals(a.seedHash)) {
                    apply(a, sa);
                    a.seq = a.seq == mySeq ? mySeq : freeSeq(s, mySeq);
                    a.seedHash = actHash;
                    actsUpdated++;
                    actsChanged = true;
                }
            }
            if (actsChanged && !isNew) {
                s.actsChanged();
            }
        }
        List<SeedMembership> ms = readMemberships();
        int msChanged = 0;
        for (SeedMembership in : ms) {
            String hash = SeedState.hash(mapper, in);
            Membership m = Membership.findBySlug(in.slug()).orElse(null);
            if (m == null) {
                m = new Membership();
                m.slug = in.slug();
                apply(m, in);
                m.seedHash = hash;
                m.persist();
                msChanged++;
            } else if (m.origin == Origin.SEED && !hash.equals(m.seedHash)) {
                apply(m, in);
                m.seedHash = hash;
                msChanged++;
            }
        }
        em.flush();
        LOG.infof("seed: %d states read, %d inserted, %d updated, %d unchanged or edited; acts %d inserted, %d updated;"
                + " %d memberships read, %d inserted or updated", records.size(), inserted, updated, kept,
                actsInserted, actsUpdated, ms.size(), msChanged);
        return new Result(records.size(), inserted, updated, kept, actsInserted, actsUpdated);
    }

    /**
     * Compares, for every seeded state, the stance of the Java rule over the seed file's acts, the SQL rule over the
     * stored acts and the curated expectation; and checks every seed act against the act rules. States an editor
     * touched (an act of origin EDITOR, or a deleted act) are skipped for the stance comparison.
     */
    @Transactional
    public Check check() throws IOException {
        List<SeededState> records = readStates();
        Map<String, Stance> expected = expectedStances();
        Map<String, Stance> sql = states.stances();
        List<String> mismatches = new ArrayList<>();
        List<String> ruleViolations = new ArrayList<>();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        Set<String> touched = new HashSet<>();
        for (RecognitionAct a : RecognitionAct.<RecognitionAct>list("origin", Origin.EDITOR)) {
            touched.add(a.stateCode);
        }
        for (Tombstone t : Tombstone.<Tombstone>list("resource", RecognitionService.RESOURCE)) {
            touched.add(t.slug.substring(0, t.slug.indexOf('-')).toUpperCase(Locale.ROOT).replace("SMOM", "smom"));
        }
        for (SeededState in : records) {
            List<StanceRule.Step> steps = new ArrayList<>();
            for (int i = 0; i < in.acts().size(); i++) {
                SeedAct a = in.acts().get(i);
                steps.add(new StanceRule.Step(a.type(), a.date(), i));
            }
            for (int i = 0; i < in.acts().size(); i++) {
                SeedAct a = in.acts().get(i);
                List<StanceRule.Step> others = new ArrayList<>(steps);
                others.remove(i);
                for (Problem.FieldError err : ActRules.violations(a.type(), a.date(), a.datePrecision(), others,
                        ActRules.today())) {
                    ruleViolations.add(in.code() + " act " + i + " (" + a.type() + " " + a.date() + "): "
                            + err.field() + " " + err.message());
                }
            }
            Stance java = StanceRule.current(steps);
            counts.merge(java, 1L, Long::sum);
            if (touched.contains(in.code())) {
                continue;
            }
            Stance want = expected.get(in.code());
            Stance db = sql.get(in.code());
            if (want != java || db != java) {
                mismatches.add(in.code() + ": curated " + want + ", Java rule " + java + ", SQL rule " + db);
            }
        }
        mismatches.forEach(m -> LOG.errorf("seed: derived stance differs from the curation: %s", m));
        ruleViolations.forEach(v -> LOG.warnf("seed: act breaks a rule: %s", v));
        LOG.infof("seed: derived stances %s; %d mismatches, %d rule violations", counts, mismatches.size(),
                ruleViolations.size());
        return new Check(counts, mismatches, ruleViolations);
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

    /** {@code wanted} when no other act of the state has it, else the next free one. */
    private static int freeSeq(State s, int wanted) {
        Set<Integer> taken = new HashSet<>();
        s.acts.forEach(a -> taken.add(a.seq));
        if (!taken.contains(wanted)) {
            return wanted;
        }
        int max = taken.stream().mapToInt(Integer::intValue).max().orElse(-1);
        LOG.warnf("seed: state %s: curated position %d is taken by an editor's act; using %d", s.code, wanted, max + 1);
        return max + 1;
    }

    private static void apply(State s, SeededState in) {
        s.iso2 = in.iso2();
        s.iso3 = in.iso3();
        s.name = in.name();
        s.unMember = in.unMember();
        s.region = in.region();
        s.note = in.note();
    }

    private static void apply(RecognitionAct a, SeedAct in) {
        a.type = in.type();
        a.date = in.date();
        a.datePrecision = in.datePrecision();
        a.verified = in.verified();
        a.note = in.note();
        a.sources = Views.toSources(in.sources());
    }

    private static void apply(Membership m, SeedMembership in) {
        m.organisation = in.organisation();
        m.kind = in.kind();
        m.status = in.status();
        m.summary = new TreeMap<>(in.summary());
        m.events = in.events().stream().map(e -> new MembershipEvent(e.date().toString(), e.datePrecision().name(),
                e.type().name(), new TreeMap<>(e.description()), Views.toSources(e.sources()))).toList();
        m.sources = Views.toSources(in.sources());
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

    public record Result(int read, int inserted, int updated, int kept, int actsInserted, int actsUpdated) {
    }

    /** The stance check: counts by the Java rule over the seed, and what did not match. */
    public record Check(Map<Stance, Long> counts, List<String> mismatches, List<String> ruleViolations) {
    }
}
