package org.ksrelations.recognition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rule that derives a stance from acts, in plain Java (mirrored by the SQL function
 * {@code recognition_stance} of the schema; a test checks that both agree on every state).
 * <ul>
 *   <li>Acts are ordered by date (undated acts last), then by their curated order {@code seq}.</li>
 *   <li>No stance-changing act: {@link Stance#DOES_NOT_RECOGNIZE}.</li>
 *   <li>Otherwise the last stance-changing act decides ({@link ActType#effect()}).</li>
 *   <li>As of a date, only acts dated on or before that date count; undated acts never count for an as-of
 *       stance, but they do count (last) for the current stance.</li>
 * </ul>
 */
public final class StanceRule {

    /** What the rule needs of an act. */
    public record Step(ActType type, LocalDate date, int seq) {
    }

    public static final Comparator<Step> ORDER = Comparator
            .comparing(Step::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Step::seq);

    private StanceRule() {
    }

    /** The current stance: every act counts, undated ones after the dated ones. */
    public static Stance current(List<Step> acts) {
        return decide(acts, null);
    }

    /** The stance on {@code date}: only acts dated on or before it count. */
    public static Stance asOf(List<Step> acts, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        return decide(acts, date);
    }

    private static Stance decide(List<Step> acts, LocalDate asOf) {
        List<Step> sorted = new ArrayList<>(acts);
        sorted.sort(ORDER);
        Stance stance = Stance.DOES_NOT_RECOGNIZE;
        for (Step s : sorted) {
            if (asOf != null && (s.date() == null || s.date().isAfter(asOf))) {
                continue;
            }
            Stance effect = s.type().effect();
            if (effect != null) {
                stance = effect;
            }
        }
        return stance;
    }
}
