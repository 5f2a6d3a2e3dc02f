package org.ksrelations.kit.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.ksrelations.kit.api.SlugMoved;
import org.ksrelations.kit.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * The old slugs of renamed records, kept as aliases (clients may have stored them): a read of an old slug answers 301
 * and a write 308 with the new URL ({@link SlugMoved}), and the changes feed reports each rename ({@link ChangeFeed}).
 * A service that renames has a {@code slug_alias} table of this shape in its own database:
 * <pre>
 * slug_alias (id bigserial, resource varchar(20), old_slug varchar(120), new_slug varchar(120), renamed_at timestamptz,
 *             unique (resource, old_slug))
 * </pre>
 * An alias never shadows a live record: a record cannot be created under a slug that is the alias of a live record
 * (409), and an alias whose record was deleted no longer answers (the old slug is 404 like the new one).
 */
@ApplicationScoped
public class SlugAliases {

    private static final Logger LOG = Logger.getLogger(SlugAliases.class);

    @Inject
    EntityManager em;

    /**
     * The current slug of the live record of {@code table} that was once called {@code slug}, or null. {@code table} is
     * the resource's table, with its public id in column {@code slug}.
     */
    public String target(String resource, String table, String slug) {
        List<?> found = em.createNativeQuery("SELECT a.new_slug FROM slug_alias a WHERE a.resource = ?1 AND a.old_slug = ?2"
                        + " AND EXISTS (SELECT 1 FROM " + table + " r WHERE r.slug = a.new_slug)")
                .setParameter(1, resource).setParameter(2, slug).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    /**
     * What a lookup of a slug that matches no record throws: {@link SlugMoved} when it is the old slug of a live
     * record, else the 404 problem of {@code noun}.
     */
    public RuntimeException missing(String resource, String table, String noun, String slug) {
        String target = target(resource, table, slug);
        return target == null ? ProblemException.notFound(noun, slug) : new SlugMoved(slug, target);
    }

    /**
     * Before a record is created under {@code slug}: 409 when it is the old slug of a live record (the alias would be
     * shadowed and the clients that stored it would silently get another record). The alias of a deleted record is
     * dropped, and the slug is free again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String resource, String table, String noun, String slug) {
        String target = target(resource, table, slug);
        if (target != null) {
            throw ProblemException.conflict(noun + " slug '" + slug + "' is the former slug of '" + target
                    + "' and redirects there; choose another slug");
        }
        em.createNativeQuery("DELETE FROM slug_alias WHERE resource = ?1 AND old_slug = ?2")
                .setParameter(1, resource).setParameter(2, slug).executeUpdate();
    }

    /**
     * Creates an editor's record of {@code table} under {@code slug}: 409 when a record has that slug already, or when
     * it is the old slug of a live record (see {@link #claim}); {@code apply} fills in the new record before it is
     * inserted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends TitledEntity> T create(String resource, String table, String noun, String slug, T record,
                                             Consumer<T> apply) {
        if (!em.createNativeQuery("SELECT 1 FROM " + table + " WHERE slug = ?1").setParameter(1, slug).getResultList()
                .isEmpty()) {
            throw ProblemException.conflict(noun + " '" + slug + "' exists already");
        }
        claim(resource, table, noun, slug);
        record.slug = slug;
        apply.accept(record);
        record.origin = Origin.EDITOR;
        record.persist();
        em.flush();
        return record;
    }

    /**
     * Records that the record called {@code oldSlug} is now {@code newSlug} (the caller changes the row's slug in the
     * same transaction): an alias from the old slug, the aliases that led to the old slug now lead to the new one, and
     * an alias named like the new slug (the record's own slug again, or a dead record's) is dropped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renamed(String resource, String oldSlug, String newSlug) {
        OffsetDateTime now = OffsetDateTime.now();
        em.createNativeQuery("DELETE FROM slug_alias WHERE resource = ?1 AND old_slug = ?2")
                .setParameter(1, resource).setParameter(2, newSlug).executeUpdate();
        em.createNativeQuery("UPDATE slug_alias SET new_slug = ?3 WHERE resource = ?1 AND new_slug = ?2")
                .setParameter(1, resource).setParameter(2, oldSlug).setParameter(3, newSlug).executeUpdate();
        em.createNativeQuery("INSERT INTO slug_alias (resource, old_slug, new_slug, renamed_at) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (resource, old_slug) DO UPDATE SET new_slug = excluded.new_slug,"
                        + " renamed_at = excluded.renamed_at")
                .setParameter(1, resource).setParameter(2, oldSlug).setParameter(3, newSlug).setParameter(4, now)
                .executeUpdate();
        LOG.infof("%s %s renamed to %s (the old slug redirects)", resource, oldSlug, newSlug);
    }
}
