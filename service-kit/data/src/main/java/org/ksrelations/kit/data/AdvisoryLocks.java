package org.ksrelations.kit.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * PostgreSQL advisory locks by name, to serialize work across the instances (replicas) of a service that share one
 * database. A lock is held until the current transaction ends, so it cannot outlive a crashed instance: PostgreSQL
 * releases it with the connection.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private static final Logger LOG = Logger.getLogger(AdvisoryLocks.class);

    @Inject
    EntityManager em;

    /**
     * The 64-bit key of the lock named {@code name}: the first eight bytes of SHA-256 over {@code "ksr:" + name}, so the
     * same name gives the same key in every instance and release (and no key Flyway's own lock uses). Advisory locks
     * are per database, so services on separate databases never wait for each other.
     */
    public static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("ksr:" + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until no other transaction in this database holds the lock named {@code name}, then holds it until the
     * current transaction commits or rolls back ({@code pg_advisory_xact_lock}). Logs when it has to wait. Whatever the
     * caller reads after this call sees what the previous holder committed (each statement of a READ COMMITTED
     * transaction takes a new snapshot).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilTransactionEnds(String name) {
        long key = key(name);
        Object free = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, key)
                .getSingleResult();
        if (Boolean.TRUE.equals(free)) {
            return;
        }
        LOG.infof("lock %s (key %d) is held by another session, such as another instance's: waiting for it", name,
                key);
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
        LOG.infof("lock %s acquired", name);
    }
}
