package org.ksrelations.kit.data;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * A service's seed pass at start (unless {@code ksr.seed.enabled} is false): {@link #load()} of the curated seed
 * files, skipped when they are unchanged. The service's loader extends it with what is its own: the name of its row of
 * {@code seed_state}, the fingerprint of its files and how their records map to rows.
 */
public abstract class SeedPass {

    @Inject
    protected SeedState seedState;

    @ConfigProperty(name = "ksr.seed.enabled", defaultValue = "true")
    protected boolean enabled;

    /** The release of the data: part of every fingerprint, so that a new release loads again. */
    @ConfigProperty(name = "ksr.dataset.version")
    protected String datasetVersion;

    /** The row of {@code seed_state} for this service's seed files. */
    protected abstract String dataset();

    /** SHA-256 over {@link #datasetVersion} and the seed files ({@link SeedState#fingerprint}). */
    protected abstract String fingerprint() throws IOException;

    /** Loads every seed record: inserted when new, updated when changed and no editor touched it, else left alone. */
    public abstract Object load() throws IOException;

    /** After a pass at start that loaded (not after a skipped one): nothing unless the service has a check to make. */
    protected void afterLoad() throws IOException {
    }

    public void onStart(@Observes StartupEvent ev) throws IOException {
        if (enabled && loadIfChanged()) {
            afterLoad();
        }
    }

    /**
     * Runs {@link #load()} unless the seed files (and {@code ksr.dataset.version}) are byte for byte those of the last
     * complete load, as recorded in {@code seed_state}: one query instead of parsing, validating and looking up every
     * record at each start. Rows changed through the API leave the fingerprint alone, and they are left alone by a
     * load anyway (an editor's change or a tombstone wins over the seed). After changing how a seed record maps to
     * rows without changing the files, bump {@code ksr.dataset.version}.
     * Instances started at once on one database run it one after the other (an advisory lock, {@link
     * SeedState#lockPass}): the first loads, the others then find the fingerprint recorded and skip it.
     */
    @Transactional
    @TransactionConfiguration(timeout = SeedState.PASS_TIMEOUT_SECONDS)
    public boolean loadIfChanged() throws IOException {
        String fingerprint = fingerprint();
        seedState.lockPass(dataset());
        if (seedState.unchanged(dataset(), fingerprint)) {
            return false;
        }
        load();
        seedState.loaded(dataset(), fingerprint);
        return true;
    }
}
