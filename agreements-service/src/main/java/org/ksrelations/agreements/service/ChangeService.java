package org.ksrelations.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.kit.data.ChangeFeed;

import java.time.OffsetDateTime;

/**
 * The changes feed of agreements: the kit's feed over the agreement table and its tombstones, with the upserted
 * agreements. A change to a provision or milestone is an upsert of its agreement.
 */
@ApplicationScoped
public class ChangeService {

    /** The feed's name for an agreement (the tombstones' resource, upper-cased). */
    public static final String AGREEMENT = "AGREEMENT";

    private static final ChangeFeed.Source SOURCE = new ChangeFeed.Source(AGREEMENT, "agreement", "slug");

    @Inject
    EntityManager em;

    @Inject
    AgreementQueries agreements;

    @Transactional
    public ChangeFeed.Records<Agreement> changes(OffsetDateTime since, int limit, String cursor) {
        return ChangeFeed.records(em, SOURCE, since, limit, cursor, agreements::load);
    }
}
