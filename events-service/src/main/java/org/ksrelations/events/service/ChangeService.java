package org.ksrelations.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.events.domain.Event;
import org.ksrelations.kit.data.ChangeFeed;

import java.time.OffsetDateTime;

/**
 * The changes feed of events: the kit's feed over the event table, its tombstones and its renames (old slugs), with
 * the upserted events.
 */
@ApplicationScoped
public class ChangeService {

    /** The feed's name for an event (the tombstones' resource, upper-cased). */
    public static final String EVENT = "EVENT";

    private static final ChangeFeed.Source SOURCE = new ChangeFeed.Source(EVENT, "event", "slug");

    @Inject
    EntityManager em;

    @Inject
    EventService events;

    @Transactional
    public ChangeFeed.Records<Event> changes(OffsetDateTime since, int limit, String cursor) {
        return ChangeFeed.records(em, SOURCE, since, limit, cursor, events::load);
    }
}
