package org.ksrelations.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ksrelations.events.api.Views;
import org.ksrelations.kit.data.DatasetPages;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetSpec;

import java.util.List;

/**
 * The downloadable datasets of events-service (the kit's {@code DatasetStore} builds and serves them): the events with
 * their actors and sources, and the actors, each read as its list answers it ({@link DatasetPages}).
 */
@ApplicationScoped
public class EventDatasets implements DatasetCatalog {

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
                        (lang, sink) -> DatasetPages.forEach(em, EventSort.DATE.param,
                                after -> events.list(EVERY_EVENT, EventSort.DATE, DatasetPages.SIZE, after, false),
                                e -> sink.accept(Views.event(e, lang)))),
                new DatasetSpec("actors", "Actors of Kosovo–Serbia relations",
                        "The people, states and organisations that take part in the events, with the number of events"
                                + " of each.",
                        "Actor", "slug", "actor", List.of(),
                        (lang, sink) -> DatasetPages.forEach(em, "slug",
                                after -> actors.list(null, null, null, DatasetPages.SIZE, after, false), sink)));
    }
}
