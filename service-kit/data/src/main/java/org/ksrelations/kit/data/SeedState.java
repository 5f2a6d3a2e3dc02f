package org.ksrelations.kit.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a service's seed pass has in common: one pass at a time across the instances on one database
 * ({@link #lockPass}), the fingerprint of its seed files in {@code seed_state} (a start with unchanged files skips the
 * per-record pass), reading seed resources, and a record's hash (so that a record changed in the files updates its
 * row, while a row an editor changed is left alone).
 *
 * <p>A seed pass runs in one transaction that starts with {@link #lockPass}, then {@link #unchanged}, the load and
 * {@link #loaded}:
 * <pre>
 * &#64;Transactional
 * public boolean loadIfChanged() {
 *     seedState.lockPass(DATASET);
 *     if (seedState.unchanged(DATASET, fingerprint)) return false;
 *     load();
 *     seedState.loaded(DATASET, fingerprint);
 *     return true;
 * }
 * </pre>
 */
@ApplicationScoped
public class SeedState {

    private static final Logger LOG = Logger.getLogger(SeedState.class);

    /**
     * How long a seed pass's transaction may last, in seconds, waiting for another instance's pass included: well above
     * the transaction manager's default of 60 s, since on a busy machine a second replica may wait for a whole first
     * load before its own (skipped) pass.
     */
    public static final int PASS_TIMEOUT_SECONDS = 600;

    @Inject
    EntityManager em;

    @Inject
    AdvisoryLocks locks;

    /**
     * Makes the seed pass of {@code dataset} one at a time across the instances of a service on one database: waits
     * while another instance's seed pass holds the lock, then holds it until this transaction ends. Call first in the
     * seed transaction, before {@link #unchanged}: an instance that waited then reads the {@code seed_state} row the
     * other committed and skips its pass, instead of inserting the same records a second time (which would fail on
     * the unique slugs and stop its start).
     *
     * <p>The schema migration before it needs no lock of ours: Flyway takes its own PostgreSQL advisory lock around
     * creating its history table and around applying migrations, and re-reads the applied ones once it holds it, so a
     * second instance waits and then finds nothing to apply. Readiness follows: Quarkus opens the HTTP port (and with
     * it the health endpoints) only after the start observers, this pass included, have returned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockPass(String dataset) {
        locks.holdUntilTransactionEnds(passLockName(dataset));
    }

    /** The advisory lock key of {@code dataset}'s seed pass (to find it in {@code pg_locks}: classid, objid). */
    public static long passLockKey(String dataset) {
        return AdvisoryLocks.key(passLockName(dataset));
    }

    private static String passLockName(String dataset) {
        return "seed:" + dataset;
    }

    /** The fingerprint last loaded completely for {@code dataset}, if any. Call inside the seed transaction. */
    public boolean unchanged(String dataset, String fingerprint) {
        List<?> stored = em.createNativeQuery("select fingerprint from seed_state where dataset = ?1")
                .setParameter(1, dataset).getResultList();
        boolean same = !stored.isEmpty() && fingerprint.equals(stored.get(0));
        if (same) {
            LOG.infof("seed: %s files unchanged since the last load (%s), pass skipped", dataset,
                    fingerprint.substring(0, 12));
        }
        return same;
    }

    /** Records a complete load of {@code fingerprint}. Call in the same transaction as the load. */
    public void loaded(String dataset, String fingerprint) {
        em.createNativeQuery("insert into seed_state (dataset, fingerprint) values (?1, ?2) on conflict (dataset) "
                        + "do update set fingerprint = excluded.fingerprint, loaded_at = now()")
                .setParameter(1, dataset).setParameter(2, fingerprint).executeUpdate();
        LOG.infof("seed: %s files loaded (%s)", dataset, fingerprint.substring(0, 12));
    }

    /** SHA-256 over the dataset version and the given classpath resources, in order. */
    public static String fingerprint(String datasetVersion, List<String> resources) {
        MessageDigest md = sha256();
        md.update(datasetVersion.getBytes(StandardCharsets.UTF_8));
        for (String path : resources) {
            md.update((byte) 0);
            md.update(bytes(path));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The hash of a seed record as JSON. */
    public static String hash(ObjectMapper mapper, Object record) {
        try {
            return HexFormat.of().formatHex(sha256().digest(mapper.writeValueAsBytes(record)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A classpath resource; the seed files ship inside the application. */
    public static InputStream resource(String path) throws IOException {
        InputStream is = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (is == null) {
            throw new IOException("missing resource " + path);
        }
        return is;
    }

    /** The member of a seed record that lists the slugs it had before a rename (see {@link SlugAliases}). */
    public static final String FORMER_SLUGS = "formerSlugs";

    /**
     * Takes the {@value #FORMER_SLUGS} out of each record of a seed file's array (they are not part of the record: a
     * record's hash, and so whether its row is updated, does not depend on them) and answers them by record slug.
     */
    public static java.util.Map<String, List<String>> takeFormerSlugs(com.fasterxml.jackson.databind.JsonNode records) {
        java.util.Map<String, List<String>> former = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode r : records) {
            if (r instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has(FORMER_SLUGS)) {
                List<String> slugs = new java.util.ArrayList<>();
                o.remove(FORMER_SLUGS).forEach(n -> slugs.add(n.asText()));
                former.put(o.path("slug").asText(), List.copyOf(slugs));
            }
        }
        return former;
    }

    /** The lines of a seed index file, without blanks and {@code #} comments. */
    public static List<String> index(String path) throws IOException {
        return new String(bytes(path), StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] bytes(String path) {
        try (InputStream is = resource(path)) {
            return is.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
