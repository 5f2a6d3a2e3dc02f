package org.ksrelations.kit.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * What a service's seed pass has in common: the fingerprint of its seed files in {@code seed_state} (a start with
 * unchanged files skips the per-record pass), reading seed resources, and a record's hash (so that a record changed
 * in the files updates its row, while a row an editor changed is left alone).
 */
@ApplicationScoped
public class SeedState {

    private static final Logger LOG = Logger.getLogger(SeedState.class);

    @Inject
    EntityManager em;

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
