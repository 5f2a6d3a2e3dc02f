package org.ksrelations.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ksrelations.events.api.ActorView;
import org.ksrelations.events.api.Views;
import org.ksrelations.events.domain.Event;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetSpec;
import org.ksrelations.kit.service.Slice;

import java.util.List;

/**
 * The downloadable datasets of events-service (the kit's {@code DatasetStore} builds and serves them): the events with
 * their actors and sources, and the actors. Records are read in keyset pages of {@link #PAGE}, in the order of the
 * lists, and the persistence context is cleared after each page, so a build holds one page at a time.
 */
@ApplicationScoped
public class EventDatasets implements DatasetCatalog {

    static final int PAGE = 500;
    static final EventFilter EVERY_EVENT = new EventFilter(null, null, null, null, null, null, null, null, null, null);

    @Inject
    EventService events;

    @Inject
    ActorService actors;

    @Inject
    EntityManager em;

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(
                new DatasetSpec("events", "Events of Kosovo–Serbia relations",
                        "Every event of the timeline (1912–today) with its date and date precision, category, places,"
                                + " tags, related agreements, its actors and their roles, and its sources.",
                        "Event", "slug", "event", List.of("actors", "sources"),
                        (lang, sink) -> {
                            String cursor = null;
                            do {
                                Slice<Event> page = events.list(EVERY_EVENT, EventSort.DATE, PAGE,
                                        cursor == null ? null : Cursor.decode(cursor, EventSort.DATE.param), false);
                                page.items().forEach(e -> sink.accept(Views.event(e, lang)));
                                cursor = page.nextCursor();
                                em.clear();
                            } while (cursor != null);
                        }),
                new DatasetSpec("actors", "Actors of Kosovo–Serbia relations",
                        "The people, states and organisations that take part in the events, with the number of events"
                                + " of each.",
                        "Actor", "slug", "actor", List.of(),
                        (lang, sink) -> {
                            String cursor = null;
                            do {
                                Slice<ActorView> page = actors.list(null, null, null, PAGE,
                                        cursor == null ? null : Cursor.decode(cursor, "slug"), false);
                                page.items().forEach(sink);
                                cursor = page.nextCursor();
                                em.clear();
                            } while (cursor != null);
                        }));
    }
}
