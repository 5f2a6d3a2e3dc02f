package org.ksrelations.testing;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.concurrent.Callable;

/**
 * Replicas started at once on one database: their seed passes run one after the other, and only the first loads
 * ({@link SeedPassRace#passesRunOneAfterTheOther}). A service's test class extends this and names its seed pass.
 */
public abstract class SeedPassLockTests {

    @Inject
    protected DataSource dataSource;

    private final String dataset;
    private final long lockKey;
    private final Callable<Boolean> pass;

    /** {@code pass} runs the seed pass of {@code dataset}, behind the lock {@code lockKey}, and answers whether it loaded. */
    protected SeedPassLockTests(String dataset, long lockKey, Callable<Boolean> pass) {
        this.dataset = dataset;
        this.lockKey = lockKey;
        this.pass = pass;
    }

    @Test
    void twoSeedPassesAtOnceRunOneAfterTheOtherAndOnlyTheFirstLoads() throws Exception {
        SeedPassRace.passesRunOneAfterTheOther(dataSource, dataset, lockKey, pass);
    }
}
