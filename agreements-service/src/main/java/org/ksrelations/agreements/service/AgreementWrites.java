package org.ksrelations.agreements.service;

import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.agreements.api.AgreementInput;
import org.ksrelations.agreements.api.MilestoneInput;
import org.ksrelations.agreements.api.ProvisionView;
import org.ksrelations.agreements.api.SignatoryView;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.agreements.domain.Provision;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes of agreements, their provisions and milestones, each in one transaction that checks the version the
 * client read (If-Match) and the business rules; the only place that changes those tables (besides the seed).
 */
@ApplicationScoped
public class AgreementWrites {

    /** The tombstones' resource name of an agreement. */
    public static final String RESOURCE = "agreement";

    /** Path segments under /api/v1/agreements that are not agreements. */
    public static final Set<String> RESERVED_SLUGS = Set.of("milestones", "changes");

    @Inject
    EntityManager em;

    @Inject
    AgreementQueries queries;

    @Inject
    org.ksrelations.kit.data.SlugAliases aliases;

    private Agreement get(String slug) {
        return queries.get(slug);
    }

    // ---------------------------------------------------------------- writes: agreements

    @Transactional
    public Agreement create(AgreementInput in) {
        checkRules(in);
        return aliases.create(RESOURCE, "agreement", "agreement", in.slug(), new Agreement(),
                a -> AgreementMapper.apply(a, in));
    }

    @Transactional
    public Agreement replace(String slug, long expectedVersion, AgreementInput in) {
        if (in.slug() != null && !slug.equals(in.slug())) {
            throw ProblemException.invalid("slug", "cannot be changed (path has '" + slug + "')");
        }
        checkRules(in);
        Agreement a = get(slug);
        checkVersion(a, expectedVersion);
        AgreementMapper.apply(a, in);
        return edited(a);
    }

    @Transactional
    public void delete(String slug, long expectedVersion) {
        Tombstone.delete(RESOURCE, slug, get(slug), expectedVersion);
    }

    // ---------------------------------------------------------------- writes: provisions

    @Transactional
    public Agreement createProvision(String slug, long expectedVersion, ProvisionView in) {
        Agreement a = get(slug);
        return editProvisions(a, expectedVersion, () -> {
            if (AgreementQueries.findProvision(a, in.number()) != null) {
                throw ProblemException.conflict("agreement '" + slug + "' has a provision " + in.number() + " already");
            }
            Provision p = new Provision();
            p.agreement = a;
            p.number = in.number();
            AgreementMapper.copy(p, in);
            a.provisions.add(p);
        });
    }

    @Transactional
    public Agreement replaceProvision(String slug, String number, long expectedVersion, ProvisionView in) {
        if (in.number() != null && !in.number().equals(number)) {
            throw ProblemException.invalid("number", "cannot be changed (path has '" + number + "')");
        }
        Agreement a = get(slug);
        Provision p = provision(a, number);
        return editProvisions(a, expectedVersion, () -> AgreementMapper.copy(p, in));
    }

    @Transactional
    public Agreement deleteProvision(String slug, String number, long expectedVersion) {
        Agreement a = get(slug);
        Provision p = provision(a, number);
        return editProvisions(a, expectedVersion, () -> a.provisions.remove(p));
    }

    /** The provision {@code number} of {@code a}; 404 when it has none. */
    private static Provision provision(Agreement a, String number) {
        Provision p = AgreementQueries.findProvision(a, number);
        if (p == null) {
            throw ProblemException.notFound("provision", a.slug + "/" + number);
        }
        return p;
    }

    /**
     * An editor's change of the provisions of {@code a}, read at {@code expectedVersion} (412 otherwise): the
     * provisions' search text follows them.
     */
    private Agreement editProvisions(Agreement a, long expectedVersion, Runnable change) {
        checkVersion(a, expectedVersion);
        change.run();
        a.provisionsText = AgreementMapper.provisionsText(a.provisions);
        return edited(a);
    }

    // ---------------------------------------------------------------- writes: milestones

    /** Adds a milestone; returns it (the agreement is reachable through it, with its new version). */
    @Transactional
    public Milestone createMilestone(String slug, long expectedVersion, MilestoneInput in) {
        Agreement a = get(slug);
        checkVersion(a, expectedVersion);
        List<Problem.FieldError> errors = new ArrayList<>(
                AgreementRules.datePair("date", in.date(), in.datePrecision(), LocalDate.now(ZoneOffset.UTC)));
        if (errors.isEmpty() && AgreementRules.precedesProposal(
                new AgreementRules.MilestoneFact(in.date(), in.datePrecision(), in.type()), a.proposedOn, a.proposedOnPrecision)) {
            errors.add(new Problem.FieldError("date", "must not precede the agreement's proposedOn (" + a.proposedOn + ")"));
        }
        DateBases.check(errors, "", in.dateBasis(), in.dateNote());
        checkLanguages(errors, "description", in.description());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Milestone m = AgreementMapper.newMilestone(a, in, AgreementMapper.nextNumbers(a.milestones));
        a.milestones.add(m);
        edited(a);
        return m;
    }

    @Transactional
    public Agreement deleteMilestone(String slug, String id, long expectedVersion) {
        Agreement a = get(slug);
        Milestone m = a.milestones.stream().filter(x -> x.publicId.equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("milestone", slug + "/" + id));
        checkVersion(a, expectedVersion);
        List<MilestoneType> remaining = a.milestones.stream().filter(x -> x != m).map(x -> x.type).toList();
        List<Problem.FieldError> errors = AgreementRules.statusConsistency(a.status, remaining);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> new Problem.FieldError(e.field(),
                    e.message() + "; deleting milestone '" + id + "' would leave none (change the status first)")).toList());
        }
        a.milestones.remove(m);
        return edited(a);
    }

    // ---------------------------------------------------------------- rules

    void checkVersion(Agreement a, long expected) {
        Params.checkVersion(RESOURCE, a.slug, expected, a.version);
    }

    /**
     * Marks {@code a} as changed by an editor (the seed never overwrites it, and the version, the ETag, moves on) and
     * flushes, so that a conflict shows in this request.
     */
    private Agreement edited(Agreement a) {
        a.origin = Origin.EDITOR;
        a.updatedAt = OffsetDateTime.now();
        em.flush();
        return a;
    }

    /** Every rule beyond the field constraints, reported together (422). */
    public void checkRules(AgreementInput in) {
        List<Problem.FieldError> errors = ruleErrors(in);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public List<Problem.FieldError> ruleErrors(AgreementInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.slug() != null && RESERVED_SLUGS.contains(in.slug())) {
            errors.add(new Problem.FieldError("slug", "'" + in.slug() + "' is reserved"));
        }
        DateBases.check(errors, "", in.dateBasis(), in.dateNote());
        if (in.milestones() != null) {
            for (int i = 0; i < in.milestones().size(); i++) {
                MilestoneInput m = in.milestones().get(i);
                if (m != null) {
                    DateBases.check(errors, "milestones[" + i + "].", m.dateBasis(), m.dateNote());
                }
            }
        }
        checkLanguages(errors, "title", in.title());
        checkLanguages(errors, "summary", in.summary());
        if (in.parties() != null && in.parties().stream().distinct().count() != in.parties().size()) {
            errors.add(new Problem.FieldError("parties", "must not list a party twice"));
        }
        if (in.signatories() != null) {
            for (int i = 0; i < in.signatories().size(); i++) {
                SignatoryView s = in.signatories().get(i);
                if (s != null && s.party() != null && in.parties() != null && !in.parties().contains(s.party())) {
                    errors.add(new Problem.FieldError("signatories[" + i + "].party", "must be one of the parties"));
                }
            }
        }
        if (in.provisions() != null) {
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < in.provisions().size(); i++) {
                ProvisionView p = in.provisions().get(i);
                if (p != null && p.number() != null && !numbers.add(p.number())) {
                    errors.add(new Problem.FieldError("provisions[" + i + "].number", "is used twice"));
                }
            }
        }
        if (in.milestones() != null) {
            for (int i = 0; i < in.milestones().size(); i++) {
                MilestoneInput m = in.milestones().get(i);
                if (m != null) {
                    checkLanguages(errors, "milestones[" + i + "].description", m.description());
                }
            }
        }
        List<AgreementRules.MilestoneFact> facts = in.milestones() == null ? List.of() : in.milestones().stream()
                .map(m -> m == null ? null : new AgreementRules.MilestoneFact(m.date(), m.datePrecision(), m.type()))
                .toList();
        errors.addAll(AgreementRules.check(in.status(), in.proposedOn(), in.proposedOnPrecision(), in.concludedOn(),
                in.concludedOnPrecision(), facts, "milestones", LocalDate.now(ZoneOffset.UTC)));
        return errors;
    }

    private static void checkLanguages(List<Problem.FieldError> errors, String field, Map<String, String> text) {
        if (text != null && !text.containsKey("en")) {
            errors.add(new Problem.FieldError(field, "must contain an English ('en') text"));
        }
    }
}
