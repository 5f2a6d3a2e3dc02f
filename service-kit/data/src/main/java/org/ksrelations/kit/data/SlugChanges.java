package org.ksrelations.kit.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The changes feed of a service whose one resource is named by slug ({@link ChangeFeed#records}), read in one
 * transaction: the feed's rows and the upserted records loaded by {@code load} see the same committed state.
 */
@ApplicationScoped
public class SlugChanges {

    @Inject
    EntityManager em;

    /** A page of the feed of {@code source} after {@code since} (or after the cursor), with its upserted records. */
    @Transactional
    public <T extends KeyedEntity> ChangeFeed.Records<T> page(ChangeFeed.Source source, OffsetDateTime since, int limit,
                                                              String cursor, Function<List<Long>, List<T>> load) {
        return ChangeFeed.records(em, source, since, limit, cursor, load);
    }
}
