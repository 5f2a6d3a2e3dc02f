package org.ksrelations.agreements.service;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.agreements.api.AgreementInput;
import org.ksrelations.agreements.api.MilestoneInput;
import org.ksrelations.agreements.api.ProvisionView;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.Provision;
import org.ksrelations.agreements.domain.Signatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a write (or the seed) sends, copied onto the entities: provisions updated in place by number, milestones keeping
 * their ids where the input repeats them, new milestone ids derived. The way back (entity to view) is the api layer's.
 */
public final class AgreementMapper {

    private AgreementMapper() {
    }

    /** Copies an input onto an entity; provisions are updated in place by number, milestones keep their ids. */
    public static void apply(Agreement a, AgreementInput in) {
        a.title = new TreeMap<>(in.title());
        a.summary = new TreeMap<>(in.summary());
        a.kind = in.kind();
        a.status = in.status();
        a.stage = in.stage();
        a.process = in.process();
        a.facilitator = in.facilitator();
        a.parties = new ArrayList<>(in.parties());
        a.signatories = in.signatories() == null ? new ArrayList<>()
                : in.signatories().stream().map(s -> new Signatory(s.name(), s.party(), s.role())).toList();
        a.proposedOn = in.proposedOn();
        a.proposedOnPrecision = in.proposedOnPrecision();
        a.concludedOn = in.concludedOn();
        a.concludedOnPrecision = in.concludedOnPrecision();
        a.dateBasis = DateBases.orStated(in.dateBasis());
        a.dateNote = in.dateNote();
        a.relatedEvents = in.relatedEvents() == null ? new ArrayList<>() : in.relatedEvents().stream().distinct().toList();
        a.tags = in.tags() == null ? new ArrayList<>() : in.tags().stream().distinct().toList();
        a.sources = Citation.of(in.sources());
        applyProvisions(a, in.provisions() == null ? List.of() : in.provisions());
        applyMilestones(a, in.milestones() == null ? List.of() : in.milestones());
        a.provisionsText = provisionsText(a.provisions);
    }

    private static void applyProvisions(Agreement a, List<ProvisionView> wanted) {
        Map<String, ProvisionView> byNumber = new LinkedHashMap<>();
        wanted.forEach(p -> byNumber.put(p.number(), p));
        a.provisions.removeIf(p -> !byNumber.containsKey(p.number));
        for (ProvisionView in : byNumber.values()) {
            Provision p = AgreementQueries.findProvision(a, in.number());
            if (p == null) {
                p = new Provision();
                p.agreement = a;
                p.number = in.number();
                a.provisions.add(p);
            }
            copy(p, in);
        }
    }

    /**
     * Keeps every existing milestone that the input repeats unchanged (so its id stays), removes the others and adds
     * the new ones with fresh ids (never one used in this change).
     */
    private static void applyMilestones(Agreement a, List<MilestoneInput> wanted) {
        Map<String, Integer> next = nextNumbers(a.milestones);
        List<Milestone> unmatched = new ArrayList<>(a.milestones);
        List<Milestone> result = new ArrayList<>();
        List<MilestoneInput> fresh = new ArrayList<>();
        for (MilestoneInput in : wanted) {
            Milestone same = null;
            for (Milestone m : unmatched) {
                if (sameContent(m, in)) {
                    same = m;
                    break;
                }
            }
            if (same != null) {
                same.dateBasis = DateBases.orStated(in.dateBasis());
                same.dateNote = in.dateNote();
                unmatched.remove(same);
                result.add(same);
            } else {
                fresh.add(in);
            }
        }
        a.milestones.removeAll(unmatched);
        for (MilestoneInput in : fresh) {
            a.milestones.add(newMilestone(a, in, next));
        }
    }

    private static boolean sameContent(Milestone m, MilestoneInput in) {
        return Objects.equals(m.date, in.date()) && m.datePrecision == in.datePrecision() && m.type == in.type()
                && Objects.equals(m.description, in.description()) && Objects.equals(m.sources, Citation.of(in.sources()));
    }

    /** The next free running number per id prefix ({@code <date>-<type>-}), from the ids in use. */
    static Map<String, Integer> nextNumbers(List<Milestone> existing) {
        Map<String, Integer> next = new HashMap<>();
        for (Milestone m : existing) {
            Orders.MilestoneKey k = Orders.parseMilestoneId(m.publicId);
            if (k != null) {
                next.merge(Orders.prefix(k.date(), k.type()), k.n() + 1, Math::max);
            }
        }
        return next;
    }

    static Milestone newMilestone(Agreement a, MilestoneInput in, Map<String, Integer> next) {
        Milestone m = new Milestone();
        m.agreement = a;
        m.agreementSlug = a.slug;
        String prefix = Orders.prefix(in.date(), in.type());
        int n = next.getOrDefault(prefix, 1);
        next.put(prefix, n + 1);
        m.publicId = prefix + n;
        m.date = in.date();
        m.datePrecision = in.datePrecision();
        m.dateBasis = DateBases.orStated(in.dateBasis());
        m.dateNote = in.dateNote();
        m.type = in.type();
        m.description = new TreeMap<>(in.description());
        m.sources = Citation.of(in.sources());
        return m;
    }

    static void copy(Provision p, ProvisionView in) {
        p.topic = in.topic();
        p.text = in.text();
        p.implementationStatus = in.implementationStatus();
        p.quote = in.quote();
    }

    static String provisionsText(List<Provision> provisions) {
        return provisions.stream().sorted(Comparator.comparing((Provision p) -> p.number, Orders.PROVISION_NUMBER))
                .map(p -> p.topic + ". " + p.text).collect(Collectors.joining("\n"));
    }
}
