package org.ksrelations.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.events.domain.Event;
import org.ksrelations.kit.data.ChangeFeed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The changes feed of events: the kit's feed over the event table, its tombstones and its renames (old slugs), with
 * the upserted events.
 */
@ApplicationScoped
public class ChangeService {

    /** The feed's name for an event (the tombstones' resource, upper-cased). */
    public static final String EVENT = "EVENT";

    private static final List<ChangeFeed.Source> SOURCES = List.of(new ChangeFeed.Source(EVENT, "event", "slug"));

    @Inject
    EntityManager em;

    @Inject
    EventService events;

    /** A page of changes and the events they upserted, by database key. */
    public record Changes(ChangeFeed.Slice slice, Map<Long, Event> upserted) {
    }

    @Transactional
    public Changes changes(OffsetDateTime since, int limit, String cursor) {
        ChangeFeed.Slice slice = ChangeFeed.read(em, SOURCES, true, since, limit, cursor);
        return new Changes(slice, slice.upserted(EVENT, events::load, e -> e.id));
    }
}
