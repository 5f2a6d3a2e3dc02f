package org.ksrelations.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.kit.data.ChangeFeed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The changes feed of agreements: the kit's feed over the agreement table and its tombstones, with the upserted
 * agreements. A change to a provision or milestone is an upsert of its agreement.
 */
@ApplicationScoped
public class ChangeService {

    /** The feed's name for an agreement (the tombstones' resource, upper-cased). */
    public static final String AGREEMENT = "AGREEMENT";

    private static final List<ChangeFeed.Source> SOURCES = List.of(new ChangeFeed.Source(AGREEMENT, "agreement", "slug"));

    @Inject
    EntityManager em;

    @Inject
    AgreementQueries agreements;

    /** A page of changes and the agreements they upserted, by database key. */
    public record Changes(ChangeFeed.Slice slice, Map<Long, Agreement> upserted) {
    }

    @Transactional
    public Changes changes(OffsetDateTime since, int limit, String cursor) {
        ChangeFeed.Slice slice = ChangeFeed.read(em, SOURCES, true, since, limit, cursor);
        return new Changes(slice, slice.upserted(AGREEMENT, agreements::load, a -> a.id));
    }
}
