package org.ksrelations.recognition.seed;

import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.StanceRule;
import org.ksrelations.recognition.seed.SeedLoader.Check;
import org.ksrelations.recognition.seed.SeedRecords.SeedAct;
import org.ksrelations.recognition.seed.SeedRecords.SeededState;
import org.ksrelations.recognition.service.ActRules;
import org.ksrelations.recognition.service.RecognitionService;
import org.ksrelations.recognition.service.StateService;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The check after a seed load: the stance derived from the acts, for every state an editor has not touched, against
 * the curated expectation ({@code seed/expected-stances.csv}, the status column of recognitions.csv), and every seed
 * act against the act rules.
 */
@ApplicationScoped
public class SeedStanceCheck {

    private static final Logger LOG = Logger.getLogger(SeedStanceCheck.class);

    @Inject
    SeedFiles files;

    @Inject
    StateService states;

    /**
     * Compares, for every seeded state, the stance of the Java rule over the seed file's acts, the SQL rule over the
     * stored acts and the curated expectation; and checks every seed act against the act rules. States an editor
     * touched (an act of origin EDITOR, or a deleted act) are skipped for the stance comparison.
     */
    @Transactional
    public Check check() throws IOException {
        List<SeededState> records = files.readStates();
        Map<String, Stance> expected = files.expectedStances();
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
}
