package org.ksrelations.recognition.api;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.Lang;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.MembershipEvent;
import org.ksrelations.recognition.domain.MembershipEventType;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.StanceRule;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.service.StateWithStance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Entity to view mapping: entities never leave the service through JSON. */
public final class Views {

    private Views() {
    }

    public static StateView state(State s, Stance stance, LocalDate recognizedOn) {
        return new StateView(StateFacts.of(s, stance, recognizedOn), s.updatedAt);
    }

    public static StateView state(StateWithStance s) {
        return state(s.state(), s.stance(), s.recognizedOn());
    }

    /** A state with its acts (ordered like the stance rule orders them) and the stance derived in SQL. */
    public static StateDetail detail(StateWithStance d) {
        State s = d.state();
        List<ActView> views = ordered(s.acts).stream().map(a -> act(a, s)).toList();
        return new StateDetail(StateFacts.of(s, d.stance(), s.recognizedOn()), s.version, s.updatedAt, views);
    }

    /** The editable fields of a state: the base of a merge patch. */
    public static StateEdit edit(State s) {
        return new StateEdit(s.note, s.unMember, s.region);
    }

    public static List<RecognitionAct> ordered(List<RecognitionAct> acts) {
        Comparator<RecognitionAct> order = Comparator.comparing(RecognitionAct::step, StanceRule.ORDER);
        return acts.stream().sorted(order).toList();
    }

    public static ActView act(RecognitionAct a, State s) {
        return new ActView(a.actId, s.code, s.name, s.region, a.type, a.date, a.datePrecision, a.dateBasis, a.dateNote,
                a.verified, a.note,
                Citation.views(a.sources));
    }

    public static MembershipView membership(Membership m, Lang lang) {
        return new MembershipView(m.slug, m.organisation, m.kind, m.status, lang.pick(m.summary), lang.served(m.summary),
                m.events.stream().map(e -> event(e, lang)).toList(), Citation.views(m.sources), m.updatedAt);
    }

    static MembershipView.Event event(MembershipEvent e, Lang lang) {
        return new MembershipView.Event(date(e.date()), e.datePrecision() == null ? null : DatePrecision.valueOf(e.datePrecision()),
                MembershipEventType.valueOf(e.type()), lang.pick(e.description()), Citation.views(e.sources()));
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
