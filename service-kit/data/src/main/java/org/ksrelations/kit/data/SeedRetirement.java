package org.ksrelations.kit.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;

/**
 * Retires the seeded records that the seed files no longer contain (a record the documents turned out not to
 * support): a row that came from the seed and that no editor has touched ({@code origin = SEED}) is deleted and leaves
 * a tombstone, so the changes feed tells every client to drop it. A row an editor changed stays: it is the editor's
 * record now. The entity must have a {@code slug} (its public id).
 */
@ApplicationScoped
public class SeedRetirement {

    private static final Logger LOG = Logger.getLogger(SeedRetirement.class);

    @Inject
    EntityManager em;

    /**
     * Deletes the seeded rows of {@code type} whose slug is not among {@code seedSlugs}, with a tombstone of
     * {@code resource} each; answers the slugs retired. Runs inside the seed pass's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends CuratedEntity> List<String> retireAllBut(Class<E> type, String resource, Set<String> seedSlugs) {
        List<Object[]> seeded = em.createQuery("select e.id, e.slug from " + type.getSimpleName()
                        + " e where e.origin = :origin order by e.slug", Object[].class)
                .setParameter("origin", Origin.SEED).getResultList();
        List<String> retired = seeded.stream().filter(r -> !seedSlugs.contains((String) r[1]))
                .map(r -> {
                    em.remove(em.find(type, r[0]));
                    Tombstone.of(resource, (String) r[1]).persist();
                    return (String) r[1];
                }).toList();
        if (!retired.isEmpty()) {
            LOG.infof("seed: %d %s records no longer in the seed files retired (tombstones written): %s",
                    retired.size(), resource, retired);
        }
        return retired;
    }
}
