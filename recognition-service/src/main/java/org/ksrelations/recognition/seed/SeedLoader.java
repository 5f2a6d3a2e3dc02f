package org.ksrelations.recognition.seed;


import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.data.Tombstone;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.ksrelations.kit.data.SeedPass;
import org.ksrelations.kit.data.SeedState;
import org.ksrelations.kit.data.SeededRow;
import org.ksrelations.recognition.domain.MembershipEvent;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.seed.SeedRecords.SeedAct;
import org.ksrelations.recognition.seed.SeedRecords.SeedMembership;
import org.ksrelations.recognition.seed.SeedRecords.SeededState;
import org.ksrelations.recognition.service.RecognitionService;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads the curated seed ({@code seed/states.json}, {@code seed/memberships.json}, read by {@link SeedFiles}) at
 * start, idempotently: a record is inserted when new, updated when its seed record changed and no editor has touched
 * it, and left alone when an editor changed or deleted it. States and acts are upserted separately (an act by its
 * stable id); any act change increases its state's version. Then {@link SeedStanceCheck} compares the stance derived
 * from the acts with the curated expectation; mismatches and seed records that break an act rule are reported in the
 * log, never dropped. A start whose seed files are unchanged skips the pass ({@link SeedPass}), and the stance check
 * with it: it was made, and logged, when these files were loaded, and it leaves out the states an editor touched since.
 */
@ApplicationScoped
public class SeedLoader extends SeedPass {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** The row of {@code seed_state} for this service's seed files. */
    static final String DATASET = "recognition";

    @Inject
    SeedFiles files;

    @Inject
    SeedStanceCheck stanceCheck;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    private volatile Check lastCheck;

    @Override
    protected String dataset() {
        return DATASET;
    }

    @Override
    protected void afterLoad() throws IOException {
        lastCheck = stanceCheck.check();
    }

    /** SHA-256 over the dataset version and the seed files (states, memberships, expected stances). */
    @Override
    protected String fingerprint() {
        return SeedFiles.fingerprint(datasetVersion);
    }

    /** The check made at start (null when seeding is disabled, or skipped because the files were unchanged). */
    public Check lastCheck() {
        return lastCheck;
    }

    @Override
    @Transactional
    public Result load() throws IOException {
        List<SeededState> records = files.readStates();
        int inserted = 0;
        int updated = 0;
        int kept = 0;
        int actsInserted = 0;
        int actsUpdated = 0;
        for (SeededState in : records) {
            String hash = SeedState.hash(mapper, List.of(in.code(), String.valueOf(in.iso2()), String.valueOf(in.iso3()), in.name(),
                    in.unMember(), in.region(), String.valueOf(in.note())));
            State s = State.findByCode(in.code()).orElseGet(() -> newState(in.code()));
            SeededRow done = SeededRow.upsert(s, row -> apply(row, in), hash);
            boolean isNew = done == SeededRow.INSERTED;
            switch (done) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case KEPT -> kept++;
            }
            boolean actsChanged = false;
            Map<String, SeedAct> acts = SeedFiles.actIds(in);
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
                }
                SeededRow actDone = SeededRow.upsert(a, row -> apply(row, sa), actHash);
                if (actDone == SeededRow.INSERTED) {
                    s.acts.add(a);
                    actsInserted++;
                    actsChanged = true;
                } else if (actDone == SeededRow.UPDATED) {
                    a.seq = a.seq == mySeq ? mySeq : freeSeq(s, mySeq);
                    actsUpdated++;
                    actsChanged = true;
                }
            }
            if (actsChanged && !isNew) {
                s.actsChanged();
            }
        }
        List<SeedMembership> ms = files.readMemberships();
        int msChanged = 0;
        for (SeedMembership in : ms) {
            String hash = SeedState.hash(mapper, in);
            Membership m = Membership.findBySlug(in.slug()).orElseGet(() -> newMembership(in.slug()));
            if (SeededRow.upsert(m, row -> apply(row, in), hash) != SeededRow.KEPT) {
                msChanged++;
            }
        }
        em.flush();
        LOG.infof("seed: %d states read, %d inserted, %d updated, %d unchanged or edited; acts %d inserted, %d updated;"
                + " %d memberships read, %d inserted or updated", records.size(), inserted, updated, kept,
                actsInserted, actsUpdated, ms.size(), msChanged);
        return new Result(records.size(), inserted, updated, kept, actsInserted, actsUpdated);
    }

    private static State newState(String code) {
        State s = new State();
        s.code = code;
        return s;
    }

    private static Membership newMembership(String slug) {
        Membership m = new Membership();
        m.slug = slug;
        return m;
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
        a.set(in.type(), in.date(), in.datePrecision(), in.dateBasis(), in.dateNote(), in.verified(), in.note(),
                Citation.of(in.sources()));
    }

    private static void apply(Membership m, SeedMembership in) {
        m.organisation = in.organisation();
        m.kind = in.kind();
        m.status = in.status();
        m.summary = new TreeMap<>(in.summary());
        m.events = in.events().stream().map(e -> new MembershipEvent(e.date().toString(), e.datePrecision().name(),
                e.type().name(), new TreeMap<>(e.description()), Citation.of(e.sources()))).toList();
        m.sources = Citation.of(in.sources());
    }

    public record Result(int read, int inserted, int updated, int kept, int actsInserted, int actsUpdated) {
    }

    /** The stance check: counts by the Java rule over the seed, and what did not match. */
    public record Check(Map<Stance, Long> counts, List<String> mismatches, List<String> ruleViolations) {
    }
}
