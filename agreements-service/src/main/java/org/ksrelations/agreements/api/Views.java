package org.ksrelations.agreements.api;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.TitledText;

import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.Provision;
import org.ksrelations.agreements.domain.Signatory;
import org.ksrelations.agreements.service.Orders;

import java.util.Comparator;
import java.util.List;

/** Entity to view mapping: entities never leave the service through JSON. */
public final class Views {

    private Views() {
    }

    public static AgreementView agreement(Agreement a, Lang lang) {
        return new AgreementView(a.slug, TitledText.of(a.title, a.summary, lang),
                a.kind, a.status, a.stage, a.process, a.facilitator, List.copyOf(a.parties),
                a.signatories.stream().map(Views::signatory).toList(),
                a.proposedOn, a.proposedOnPrecision, a.concludedOn, a.concludedOnPrecision,
                a.mainDate(), a.mainDatePrecision(), a.dateBasis, a.dateNote,
                provisions(a), milestones(a, lang),
                List.copyOf(a.relatedEvents), List.copyOf(a.tags), Citation.views(a.sources), a.updatedAt);
    }

    public static List<ProvisionView> provisions(Agreement a) {
        return a.provisions.stream().sorted(Comparator.comparing((Provision p) -> p.number, Orders.PROVISION_NUMBER))
                .map(Views::provision).toList();
    }

    public static List<MilestoneView> milestones(Agreement a, Lang lang) {
        return a.milestones.stream().sorted(Comparator.comparing((Milestone m) -> m.publicId, Orders.MILESTONE_ID_ORDER))
                .map(m -> milestone(m, lang)).toList();
    }

    /** The input that would recreate this agreement (the base of a merge patch). */
    public static AgreementInput input(Agreement a) {
        return new AgreementInput(a.slug, a.title, a.summary, a.kind, a.status, a.stage, a.process, a.facilitator,
                a.parties, a.signatories.stream().map(Views::signatory).toList(),
                a.proposedOn, a.proposedOnPrecision, a.concludedOn, a.concludedOnPrecision, a.dateBasis, a.dateNote,
                provisions(a),
                a.milestones.stream().sorted(Comparator.comparing((Milestone m) -> m.publicId, Orders.MILESTONE_ID_ORDER))
                        .map(m -> new MilestoneInput(m.date, m.datePrecision, m.dateBasis, m.dateNote, m.type, m.description,
                                Citation.views(m.sources))).toList(),
                a.relatedEvents, a.tags, Citation.views(a.sources));
    }

    public static ProvisionView provision(Provision p) {
        return new ProvisionView(p.number, p.topic, p.text, p.implementationStatus, p.quote);
    }

    public static MilestoneView milestone(Milestone m, Lang lang) {
        return new MilestoneView(m.publicId, m.date, m.datePrecision, facts(m, lang));
    }

    public static MilestoneTimelineItem timelineItem(Milestone m, Lang lang) {
        return new MilestoneTimelineItem(m.agreementSlug, lang.pick(m.agreement.title), m.date, m.datePrecision,
                facts(m, lang));
    }

    private static MilestoneFacts facts(Milestone m, Lang lang) {
        return new MilestoneFacts(m.dateBasis, m.dateNote, m.type, lang.pick(m.description), Citation.views(m.sources));
    }

    public static SignatoryView signatory(Signatory s) {
        return new SignatoryView(s.name(), s.party(), s.role());
    }

}
