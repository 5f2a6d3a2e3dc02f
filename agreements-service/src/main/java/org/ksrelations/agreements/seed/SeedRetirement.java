package org.ksrelations.agreements.seed;

import org.ksrelations.kit.data.Origin;

import org.ksrelations.kit.data.Tombstone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.service.AgreementWrites;

import java.util.List;
import java.util.Set;

/**
 * Retires the seeded records that the seed files no longer contain (a record the documents turned out not to
 * support, issue 18): a row that came from the seed and that no editor has touched ({@code origin = SEED}) is deleted
 * and leaves a tombstone, so the changes feed tells every client to drop it. A row an editor changed stays: it is the
 * editor's record now.
 */
@ApplicationScoped
public class SeedRetirement {

    private static final Logger LOG = Logger.getLogger(SeedRetirement.class);

    /** Deletes the seeded rows whose slug is not among {@code seedSlugs}; returns the slugs retired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> retireAllBut(Set<String> seedSlugs) {
        List<Agreement> gone = Agreement.<Agreement>list("origin = ?1 order by slug", Origin.SEED).stream()
                .filter(r -> !seedSlugs.contains(r.slug)).toList();
        for (Agreement r : gone) {
            r.delete();
            Tombstone.of(AgreementWrites.RESOURCE, r.slug).persist();
        }
        List<String> slugs = gone.stream().map(r -> r.slug).toList();
        if (!slugs.isEmpty()) {
            LOG.infof("seed: %d agreements no longer in the seed files retired (tombstones written): %s", slugs.size(), slugs);
        }
        return slugs;
    }
}
