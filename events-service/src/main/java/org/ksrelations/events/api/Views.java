package org.ksrelations.events.api;

import org.ksrelations.kit.data.Citation;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.TitledText;

import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.Event;

import java.util.List;

/** Entity to view mapping: entities never leave the service through JSON. */
public final class Views {

    private Views() {
    }

    public static EventView event(Event e, Lang lang) {
        return new EventView(e.slug, e.date, e.datePrecision, e.dateBasis, e.dateNote, TitledText.of(e.title, e.summary, lang),
                e.category,
                e.actors.stream().map(ea -> new ActorRef(ea.actor.slug, ea.actor.name, ea.actor.type, ea.role)).toList(),
                List.copyOf(e.places), List.copyOf(e.tags), List.copyOf(e.relatedAgreements),
                Citation.views(e.sources),
                e.updatedAt);
    }

    public static ActorView actor(Actor a, long eventCount) {
        return new ActorView(a.slug, a.name, a.type, eventCount, a.updatedAt);
    }
}
